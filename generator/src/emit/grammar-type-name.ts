/** `getProfiles` -> `GetProfilesFilterGrammar`: the exported type of an operation's filter grammar. */
export function grammarTypeName(operationName: string): string {
  return `${operationName.charAt(0).toUpperCase()}${operationName.slice(1)}FilterGrammar`;
}
