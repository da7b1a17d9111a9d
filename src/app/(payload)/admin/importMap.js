import { ResetSecondFactorButton as ResetSecondFactorButton_28c37680b58d8de73008238e5b2e1567 } from '@/features/second-factor-reset/admin/reset-second-factor-button'
import { AccessHistory as AccessHistory_7799bf5854d7d3b14d2ef21bf3b869b3 } from '@/features/documents/admin/access-history'
import { AuditExportLink as AuditExportLink_50bc07703f5877a57688304f13d89bb6 } from '@/features/audit/admin/audit-export-link'
import { Icon as Icon_704ae2452bcf0fcbaf36dd8b894491ff } from '@/features/back-office/admin/icon'
import { Logo as Logo_80ff98d6839b562257a7d8c4bc949c16 } from '@/features/back-office/admin/logo'
import { StaffSsoLinks as StaffSsoLinks_721de79fd30066bf918739e8ae64637d } from '@/features/sso/admin/staff-sso-links'
import { StaffSecondFactorView as StaffSecondFactorView_044dd4f2d90f2a3bbfd45d995f2cced4 } from '@/features/staff-auth/admin/staff-second-factor-view'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/features/second-factor-reset/admin/reset-second-factor-button#ResetSecondFactorButton": ResetSecondFactorButton_28c37680b58d8de73008238e5b2e1567,
  "@/features/documents/admin/access-history#AccessHistory": AccessHistory_7799bf5854d7d3b14d2ef21bf3b869b3,
  "@/features/audit/admin/audit-export-link#AuditExportLink": AuditExportLink_50bc07703f5877a57688304f13d89bb6,
  "@/features/back-office/admin/icon#Icon": Icon_704ae2452bcf0fcbaf36dd8b894491ff,
  "@/features/back-office/admin/logo#Logo": Logo_80ff98d6839b562257a7d8c4bc949c16,
  "@/features/sso/admin/staff-sso-links#StaffSsoLinks": StaffSsoLinks_721de79fd30066bf918739e8ae64637d,
  "@/features/staff-auth/admin/staff-second-factor-view#StaffSecondFactorView": StaffSecondFactorView_044dd4f2d90f2a3bbfd45d995f2cced4,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
