import type { CollectionConfig } from 'payload'
import {
  canManageUser,
  canRemoveUser,
  canUnlockUser,
  fieldIsAdmin,
  fieldIsStaff,
  isStaff,
  staffOrSelf,
} from '../access'
import { roles } from '../access/roles'
import { t3 } from '../fields/labels'
import { pacedForgotPassword } from './hooks/forgotPasswordPace'
import { clearLoginFailure, throttleLogin } from './hooks/loginThrottle'

const roleLabels = {
  admin: t3('Pääkäyttäjä', 'Huvudanvändare', 'Administrator'),
  editor: t3('Viestintä (toimittaja)', 'Kommunikation (redaktör)', 'Communications (editor)'),
  organisationMember: t3('Organisaation jäsen', 'Organisationsmedlem', 'Organisation member'),
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: t3('Käyttäjä', 'Användare', 'User'), plural: t3('Käyttäjät', 'Användare', 'Users') },
  auth: {
    // No lock: with Payload's, anyone could lock an editor out with five wrong passwords.
    // Failed logins are throttled per client and account instead (hooks/loginThrottle.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    depth: 0,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'organisations'],
    group: t3('Hallinta', 'Administration', 'Administration'),
  },
  hooks: { beforeOperation: [throttleLogin], afterLogin: [clearLoginFailure] },
  // "Forgot password" answers known and unknown addresses in the same time (hooks/forgotPasswordPace.ts).
  endpoints: [pacedForgotPassword],
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: isStaff,
    read: staffOrSelf,
    update: canManageUser,
    delete: canRemoveUser,
    unlock: canUnlockUser,
  },
  fields: [
    { name: 'name', type: 'text', label: t3('Nimi', 'Namn', 'Name') },
    {
      name: 'role',
      type: 'select',
      label: t3('Rooli', 'Roll', 'Role'),
      required: true,
      defaultValue: 'organisationMember',
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      // Only admins grant roles: an editor's new user is always an organisation member.
      access: { create: fieldIsAdmin, update: fieldIsAdmin },
    },
    {
      name: 'organisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      saveToJWT: true,
      label: t3('Organisaatiot', 'Organisationer', 'Organisations'),
      admin: {
        description: t3(
          'Organisaatiot, joiden sisältöä käyttäjä saa muokata.',
          'Organisationer vars innehåll användaren får redigera.',
          'Organisations whose content this user may edit.',
        ),
      },
      access: { create: fieldIsStaff, update: fieldIsStaff },
    },
  ],
}
