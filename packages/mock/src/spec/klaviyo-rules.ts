/**
 * Rules Klaviyo enforces that its spec only states in prose, taken from where the generator keeps
 * them (its normalise quirks), so that the typed client and the mock refuse the same requests.
 * This is the mock's one seam to that data: when the spec model moves to a shared package, only
 * this import changes. The bundle inlines the data (tsup), so a published mock needs no generator.
 */
export { REQUIRED_FILTER_FIELDS } from "../../../../generator/src/normalise/quirks/required-filter-fields.js";
