import { ResetSecondFactorButton as ResetSecondFactorButton_d5f8a68aeeb5b5dee853373de0f8ecd3 } from '@/components/admin/ResetSecondFactorButton'
import { AuditExportLink as AuditExportLink_50bc07703f5877a57688304f13d89bb6 } from '@/features/audit/admin/audit-export-link'
import { Icon as Icon_704ae2452bcf0fcbaf36dd8b894491ff } from '@/features/back-office/admin/icon'
import { Logo as Logo_80ff98d6839b562257a7d8c4bc949c16 } from '@/features/back-office/admin/logo'
import { StaffSsoLinks as StaffSsoLinks_5124c2c1fad9149b2b4ec38dc1b5709f } from '@/components/admin/StaffSsoLinks'
import { StaffSecondFactorView as StaffSecondFactorView_63b18f07c3106873fe7223712721dc9a } from '@/components/admin/StaffSecondFactorView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/ResetSecondFactorButton#ResetSecondFactorButton": ResetSecondFactorButton_d5f8a68aeeb5b5dee853373de0f8ecd3,
  "@/features/audit/admin/audit-export-link#AuditExportLink": AuditExportLink_50bc07703f5877a57688304f13d89bb6,
  "@/features/back-office/admin/icon#Icon": Icon_704ae2452bcf0fcbaf36dd8b894491ff,
  "@/features/back-office/admin/logo#Logo": Logo_80ff98d6839b562257a7d8c4bc949c16,
  "@/components/admin/StaffSsoLinks#StaffSsoLinks": StaffSsoLinks_5124c2c1fad9149b2b4ec38dc1b5709f,
  "@/components/admin/StaffSecondFactorView#StaffSecondFactorView": StaffSecondFactorView_63b18f07c3106873fe7223712721dc9a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
