import type { Role } from '../../db/schema/index.js';

/** What a professional's verification says today. */
export type ProfessionalStanding = 'none' | 'pending' | 'declined' | 'verified' | 'expired';

/**
 * The signed-in person as policies see them. Built once per request by the session
 * middleware; `null` for a visitor.
 */
export type Viewer = {
  id: string;
  name: string;
  email: string;
  role: Role;
  twoFactorEnabled: boolean;
  professional: ProfessionalStanding;
  locale: string | null;
  timezone: string | null;
  sessionId: string;
  /** Unread notifications, for the header (set by the session middleware). */
  unreadNotifications?: number;
};

/** Staff accounts (administrators, verified professionals) get shorter sessions. */
export const isStaff = (v: Pick<Viewer, 'role' | 'professional'>) =>
  v.role === 'admin' || v.professional === 'verified';

export function professionalStanding(
  profile: { status: string; expiresOn: string } | null | undefined,
  today = new Date().toISOString().slice(0, 10),
): ProfessionalStanding {
  if (!profile) return 'none';
  if (profile.status === 'verified') return profile.expiresOn < today ? 'expired' : 'verified';
  return profile.status === 'declined' ? 'declined' : 'pending';
}
