import type { Field } from 'payload'

/**
 * The "Reset two-step verification" button in the sidebar of a customer or staff member. Showing
 * it decides nothing: the endpoint it calls checks who may reset whom.
 */
export const resetSecondFactorButton: Field = {
  name: 'resetSecondFactor',
  type: 'ui',
  admin: {
    position: 'sidebar',
    condition: (data) => Boolean(data?.id),
    components: {
      Field:
        '@/features/second-factor-reset/admin/reset-second-factor-button#ResetSecondFactorButton',
    },
  },
}
