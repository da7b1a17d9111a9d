import { AuditExportLink as AuditExportLink_88cb5b8edb9c0a9d5a76394c65328afb } from '@/components/admin/AuditExportLink'
import { Icon as Icon_534076e2c753ea5d539a54b05f456b1b } from '@/components/admin/Icon'
import { Logo as Logo_a44df17d0fc3dcd873dae43dc3bf66bd } from '@/components/admin/Logo'
import { StaffSsoLinks as StaffSsoLinks_5124c2c1fad9149b2b4ec38dc1b5709f } from '@/components/admin/StaffSsoLinks'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/AuditExportLink#AuditExportLink": AuditExportLink_88cb5b8edb9c0a9d5a76394c65328afb,
  "@/components/admin/Icon#Icon": Icon_534076e2c753ea5d539a54b05f456b1b,
  "@/components/admin/Logo#Logo": Logo_a44df17d0fc3dcd873dae43dc3bf66bd,
  "@/components/admin/StaffSsoLinks#StaffSsoLinks": StaffSsoLinks_5124c2c1fad9149b2b4ec38dc1b5709f,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
