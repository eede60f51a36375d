import type { Handler } from "./context.js";
import { createEvent, getEvent, getEvents, getMetric, getMetrics } from "./events.js";
import {
  bulkImportProfiles,
  bulkSubscribeProfiles,
  getBulkImportProfilesJob,
} from "./profile-jobs.js";
import {
  addProfilesToList,
  createList,
  deleteList,
  getList,
  getLists,
  getListMembers,
  removeProfilesFromList,
  updateList,
} from "./lists.js";
import {
  createOrUpdateProfile,
  createProfile,
  getProfile,
  getProfiles,
  updateProfile,
} from "./profiles.js";

/** Stateful operations by operationId; the rest are answered from their response schema. */
export const handlers: Readonly<Record<string, Handler>> = {
  create_profile: createProfile,
  get_profile: getProfile,
  get_profiles: getProfiles,
  update_profile: updateProfile,
  create_or_update_profile: createOrUpdateProfile,
  create_list: createList,
  get_lists: getLists,
  get_list: getList,
  update_list: updateList,
  delete_list: deleteList,
  add_profiles_to_list: addProfilesToList,
  remove_profiles_from_list: removeProfilesFromList,
  get_profiles_for_list: getListMembers,
  get_profile_ids_for_list: getListMembers,
  create_event: createEvent,
  get_events: getEvents,
  get_event: getEvent,
  get_metrics: getMetrics,
  get_metric: getMetric,
  bulk_import_profiles: bulkImportProfiles,
  get_bulk_import_profiles_job: getBulkImportProfilesJob,
  bulk_subscribe_profiles: bulkSubscribeProfiles,
};
