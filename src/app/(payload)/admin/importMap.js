import { ResetSecondFactorButton as ResetSecondFactorButton_d5f8a68aeeb5b5dee853373de0f8ecd3 } from '@/components/admin/ResetSecondFactorButton'
import { AuditExportLink as AuditExportLink_88cb5b8edb9c0a9d5a76394c65328afb } from '@/components/admin/AuditExportLink'
import { Icon as Icon_534076e2c753ea5d539a54b05f456b1b } from '@/components/admin/Icon'
import { Logo as Logo_a44df17d0fc3dcd873dae43dc3bf66bd } from '@/components/admin/Logo'
import { StaffSsoLinks as StaffSsoLinks_5124c2c1fad9149b2b4ec38dc1b5709f } from '@/components/admin/StaffSsoLinks'
import { StaffSecondFactorView as StaffSecondFactorView_63b18f07c3106873fe7223712721dc9a } from '@/components/admin/StaffSecondFactorView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/ResetSecondFactorButton#ResetSecondFactorButton": ResetSecondFactorButton_d5f8a68aeeb5b5dee853373de0f8ecd3,
  "@/components/admin/AuditExportLink#AuditExportLink": AuditExportLink_88cb5b8edb9c0a9d5a76394c65328afb,
  "@/components/admin/Icon#Icon": Icon_534076e2c753ea5d539a54b05f456b1b,
  "@/components/admin/Logo#Logo": Logo_a44df17d0fc3dcd873dae43dc3bf66bd,
  "@/components/admin/StaffSsoLinks#StaffSsoLinks": StaffSsoLinks_5124c2c1fad9149b2b4ec38dc1b5709f,
  "@/components/admin/StaffSecondFactorView#StaffSecondFactorView": StaffSecondFactorView_63b18f07c3106873fe7223712721dc9a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
