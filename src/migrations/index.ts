import * as migration_20261124_132429_initial from './20261124_132429_initial';
import * as migration_20261124_135700_audit_log from './20261124_135700_audit_log';
import * as migration_20261124_141708_optional_translations from './20261124_141708_optional_translations';
import * as migration_20261124_163452_identity from './20261124_163452_identity';
import * as migration_20261202_035743_stored_files from './20261202_035743_stored_files';
import * as migration_20261202_045338_payload_mail_task from './20261202_045338_payload_mail_task';
import * as migration_20261202_065616_order_media from './20261202_065616_order_media';
import * as migration_20261202_070000_auth_change_notify from './20261202_070000_auth_change_notify';
import * as migration_20261202_141028_notifications from './20261202_141028_notifications';
import * as migration_20261202_141134_timeline from './20261202_141134_timeline';
import * as migration_20261202_141603_staff_title_localized from './20261202_141603_staff_title_localized';
import * as migration_20261202_142915_help from './20261202_142915_help';
import * as migration_20261202_143136_documents from './20261202_143136_documents';
import * as migration_20261202_153133_snapshot_merge from './20261202_153133_snapshot_merge';
import * as migration_20261202_171357_my_car from './20261202_171357_my_car';
import * as migration_20261202_171715_messaging from './20261202_171715_messaging';
import * as migration_20261202_173947_esign from './20261202_173947_esign';
import * as migration_20261202_174047_events from './20261202_174047_events';
import * as migration_20261202_174200_media_library from './20261202_174200_media_library';
import * as migration_20261202_175124_staff_working_hours from './20261202_175124_staff_working_hours';
import * as migration_20261202_175437_overdue_update_mails from './20261202_175437_overdue_update_mails';
import * as migration_20261202_175627_event_reminders from './20261202_175627_event_reminders';
import * as migration_20261202_184416_snapshot_merge_features from './20261202_184416_snapshot_merge_features';
import * as migration_20261202_213410_media_captions from './20261202_213410_media_captions';
import * as migration_20261202_214138_media_external_video from './20261202_214138_media_external_video';
import * as migration_20261202_215752_canned_replies from './20261202_215752_canned_replies';
import * as migration_20261203_073754_snapshot_merge_media_inbox from './20261203_073754_snapshot_merge_media_inbox';
import * as migration_20261203_103800_staff_absence from './20261203_103800_staff_absence';
import * as migration_20261203_184402_esign_provider from './20261203_184402_esign_provider';
import * as migration_20261203_184824_response_times from './20261203_184824_response_times';
import * as migration_20261203_195650_snapshot_merge_inbox_esign from './20261203_195650_snapshot_merge_inbox_esign';

export const migrations = [
  {
    up: migration_20261124_132429_initial.up,
    down: migration_20261124_132429_initial.down,
    name: '20261124_132429_initial',
  },
  {
    up: migration_20261124_135700_audit_log.up,
    down: migration_20261124_135700_audit_log.down,
    name: '20261124_135700_audit_log',
  },
  {
    up: migration_20261124_141708_optional_translations.up,
    down: migration_20261124_141708_optional_translations.down,
    name: '20261124_141708_optional_translations',
  },
  {
    up: migration_20261124_163452_identity.up,
    down: migration_20261124_163452_identity.down,
    name: '20261124_163452_identity',
  },
  {
    up: migration_20261202_035743_stored_files.up,
    down: migration_20261202_035743_stored_files.down,
    name: '20261202_035743_stored_files',
  },
  {
    up: migration_20261202_045338_payload_mail_task.up,
    down: migration_20261202_045338_payload_mail_task.down,
    name: '20261202_045338_payload_mail_task',
  },
  {
    up: migration_20261202_065616_order_media.up,
    down: migration_20261202_065616_order_media.down,
    name: '20261202_065616_order_media',
  },
  {
    up: migration_20261202_070000_auth_change_notify.up,
    down: migration_20261202_070000_auth_change_notify.down,
    name: '20261202_070000_auth_change_notify',
  },
  {
    up: migration_20261202_141028_notifications.up,
    down: migration_20261202_141028_notifications.down,
    name: '20261202_141028_notifications',
  },
  {
    up: migration_20261202_141134_timeline.up,
    down: migration_20261202_141134_timeline.down,
    name: '20261202_141134_timeline',
  },
  {
    up: migration_20261202_141603_staff_title_localized.up,
    down: migration_20261202_141603_staff_title_localized.down,
    name: '20261202_141603_staff_title_localized',
  },
  {
    up: migration_20261202_142915_help.up,
    down: migration_20261202_142915_help.down,
    name: '20261202_142915_help',
  },
  {
    up: migration_20261202_143136_documents.up,
    down: migration_20261202_143136_documents.down,
    name: '20261202_143136_documents',
  },
  {
    up: migration_20261202_153133_snapshot_merge.up,
    down: migration_20261202_153133_snapshot_merge.down,
    name: '20261202_153133_snapshot_merge',
  },
  {
    up: migration_20261202_171357_my_car.up,
    down: migration_20261202_171357_my_car.down,
    name: '20261202_171357_my_car',
  },
  {
    up: migration_20261202_171715_messaging.up,
    down: migration_20261202_171715_messaging.down,
    name: '20261202_171715_messaging',
  },
  {
    up: migration_20261202_173947_esign.up,
    down: migration_20261202_173947_esign.down,
    name: '20261202_173947_esign',
  },
  {
    up: migration_20261202_174047_events.up,
    down: migration_20261202_174047_events.down,
    name: '20261202_174047_events',
  },
  {
    up: migration_20261202_174200_media_library.up,
    down: migration_20261202_174200_media_library.down,
    name: '20261202_174200_media_library',
  },
  {
    up: migration_20261202_175124_staff_working_hours.up,
    down: migration_20261202_175124_staff_working_hours.down,
    name: '20261202_175124_staff_working_hours',
  },
  {
    up: migration_20261202_175437_overdue_update_mails.up,
    down: migration_20261202_175437_overdue_update_mails.down,
    name: '20261202_175437_overdue_update_mails',
  },
  {
    up: migration_20261202_175627_event_reminders.up,
    down: migration_20261202_175627_event_reminders.down,
    name: '20261202_175627_event_reminders',
  },
  {
    up: migration_20261202_184416_snapshot_merge_features.up,
    down: migration_20261202_184416_snapshot_merge_features.down,
    name: '20261202_184416_snapshot_merge_features',
  },
  {
    up: migration_20261202_213410_media_captions.up,
    down: migration_20261202_213410_media_captions.down,
    name: '20261202_213410_media_captions',
  },
  {
    up: migration_20261202_214138_media_external_video.up,
    down: migration_20261202_214138_media_external_video.down,
    name: '20261202_214138_media_external_video',
  },
  {
    up: migration_20261202_215752_canned_replies.up,
    down: migration_20261202_215752_canned_replies.down,
    name: '20261202_215752_canned_replies',
  },
  {
    up: migration_20261203_073754_snapshot_merge_media_inbox.up,
    down: migration_20261203_073754_snapshot_merge_media_inbox.down,
    name: '20261203_073754_snapshot_merge_media_inbox',
  },
  {
    up: migration_20261203_103800_staff_absence.up,
    down: migration_20261203_103800_staff_absence.down,
    name: '20261203_103800_staff_absence',
  },
  {
    up: migration_20261203_184402_esign_provider.up,
    down: migration_20261203_184402_esign_provider.down,
    name: '20261203_184402_esign_provider',
  },
  {
    up: migration_20261203_184824_response_times.up,
    down: migration_20261203_184824_response_times.down,
    name: '20261203_184824_response_times',
  },
  {
    up: migration_20261203_195650_snapshot_merge_inbox_esign.up,
    down: migration_20261203_195650_snapshot_merge_inbox_esign.down,
    name: '20261203_195650_snapshot_merge_inbox_esign'
  },
];
