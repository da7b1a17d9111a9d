import { ResetSecondFactorButton as ResetSecondFactorButton_28c37680b58d8de73008238e5b2e1567 } from '@/features/second-factor-reset/admin/reset-second-factor-button'
import { AccessHistory as AccessHistory_7799bf5854d7d3b14d2ef21bf3b869b3 } from '@/features/documents/admin/access-history'
import { RequestActions as RequestActions_4215ba9bade722a7362d0940b82c7803 } from '@/features/esign/admin/request-actions'
import { AuditExportLink as AuditExportLink_50bc07703f5877a57688304f13d89bb6 } from '@/features/audit/admin/audit-export-link'
import { PreselectOrder as PreselectOrder_0fc3bef7babfe7e3d944d74079e41f60 } from '@/features/timeline/admin/preselect-order'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { MediaDropZone as MediaDropZone_482493509016dd5ba6c6f5fb5583deb2 } from '@/features/timeline/admin/media-drop-zone'
import { Icon as Icon_704ae2452bcf0fcbaf36dd8b894491ff } from '@/features/back-office/admin/icon'
import { Logo as Logo_80ff98d6839b562257a7d8c4bc949c16 } from '@/features/back-office/admin/logo'
import { StaffSsoLinks as StaffSsoLinks_721de79fd30066bf918739e8ae64637d } from '@/features/sso/admin/staff-sso-links'
import { RhythmNavLink as RhythmNavLink_cd6807db42fe0bb23df37cfd298445d8 } from '@/features/timeline/admin/rhythm-nav-link'
import { CheckInNavLink as CheckInNavLink_1d6f03d83b62363575ddf3befb24231f } from '@/features/events/admin/check-in-nav-link'
import { InboxNavLink as InboxNavLink_203f46e7faf522626bc07df33b13d63f } from '@/features/messages/admin/inbox-nav-link'
import { TodayPanel as TodayPanel_61c628b8bff9d2f2f27a5e5069acb729 } from '@/features/back-office/admin/today-panel'
import { UpdateRhythmView as UpdateRhythmView_6078596af0e6cc7274a0dad3a208445d } from '@/features/timeline/admin/update-rhythm-view'
import { CheckInView as CheckInView_ca8e5a816a45d160e3201235914e8794 } from '@/features/events/admin/check-in-view'
import { InboxView as InboxView_599e2ec4df1a17b57c621eadee9cfbaf } from '@/features/messages/admin/inbox-view'
import { StaffSecondFactorView as StaffSecondFactorView_044dd4f2d90f2a3bbfd45d995f2cced4 } from '@/features/staff-auth/admin/staff-second-factor-view'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/features/second-factor-reset/admin/reset-second-factor-button#ResetSecondFactorButton": ResetSecondFactorButton_28c37680b58d8de73008238e5b2e1567,
  "@/features/documents/admin/access-history#AccessHistory": AccessHistory_7799bf5854d7d3b14d2ef21bf3b869b3,
  "@/features/esign/admin/request-actions#RequestActions": RequestActions_4215ba9bade722a7362d0940b82c7803,
  "@/features/audit/admin/audit-export-link#AuditExportLink": AuditExportLink_50bc07703f5877a57688304f13d89bb6,
  "@/features/timeline/admin/preselect-order#PreselectOrder": PreselectOrder_0fc3bef7babfe7e3d944d74079e41f60,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/features/timeline/admin/media-drop-zone#MediaDropZone": MediaDropZone_482493509016dd5ba6c6f5fb5583deb2,
  "@/features/back-office/admin/icon#Icon": Icon_704ae2452bcf0fcbaf36dd8b894491ff,
  "@/features/back-office/admin/logo#Logo": Logo_80ff98d6839b562257a7d8c4bc949c16,
  "@/features/sso/admin/staff-sso-links#StaffSsoLinks": StaffSsoLinks_721de79fd30066bf918739e8ae64637d,
  "@/features/timeline/admin/rhythm-nav-link#RhythmNavLink": RhythmNavLink_cd6807db42fe0bb23df37cfd298445d8,
  "@/features/events/admin/check-in-nav-link#CheckInNavLink": CheckInNavLink_1d6f03d83b62363575ddf3befb24231f,
  "@/features/messages/admin/inbox-nav-link#InboxNavLink": InboxNavLink_203f46e7faf522626bc07df33b13d63f,
  "@/features/back-office/admin/today-panel#TodayPanel": TodayPanel_61c628b8bff9d2f2f27a5e5069acb729,
  "@/features/timeline/admin/update-rhythm-view#UpdateRhythmView": UpdateRhythmView_6078596af0e6cc7274a0dad3a208445d,
  "@/features/events/admin/check-in-view#CheckInView": CheckInView_ca8e5a816a45d160e3201235914e8794,
  "@/features/messages/admin/inbox-view#InboxView": InboxView_599e2ec4df1a17b57c621eadee9cfbaf,
  "@/features/staff-auth/admin/staff-second-factor-view#StaffSecondFactorView": StaffSecondFactorView_044dd4f2d90f2a3bbfd45d995f2cced4,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
