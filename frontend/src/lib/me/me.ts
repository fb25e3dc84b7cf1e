// The signed-in user from GET /api/v1/me: who they are, their unit and what the UI may offer them.
// The type comes from the generated schema (openapi.yaml has /me); it is normalised here so that
// the rest of the app never deals with optional fields.
import { useQuery } from '@tanstack/react-query';
import { useAuth } from 'react-oidc-context';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Role = 'admin' | 'federation_officer' | 'unit_officer' | 'evaluator' | 'member' | 'reporter';

type Permissions = Required<components['schemas']['Permissions']>;

export interface Me {
  username: string;
  name: string;
  roles: Role[];
  unit: { code: string; name: string } | null;
  nationalScope: boolean;
  permissions: Permissions;
}

const NO_PERMISSIONS: Permissions = {
  manageUnits: false,
  manageQuotas: false,
  createInitiatives: false,
  reviewInitiatives: false,
  checkInitiatives: false,
  viewReports: false,
  manageRewards: false,
};

export function normaliseMe(raw: components['schemas']['Me']): Me {
  return {
    username: raw.username ?? '',
    name: raw.name || raw.username || '',
    roles: (raw.roles ?? []) as Role[],
    unit: raw.unit?.code ? { code: raw.unit.code, name: raw.unit.name ?? raw.unit.code } : null,
    nationalScope: raw.nationalScope ?? false,
    permissions: { ...NO_PERMISSIONS, ...raw.permissions },
  };
}

export async function fetchMe(): Promise<Me> {
  return normaliseMe(await unwrap(api.GET('/api/v1/me')));
}

export function useMe(enabled = true) {
  const auth = useAuth();
  return useQuery({
    queryKey: ['me', auth.user?.profile.sub],
    queryFn: fetchMe,
    enabled: enabled && auth.isAuthenticated,
    staleTime: 5 * 60_000,
  });
}

function hasAny(me: Me, roles: Role[]) {
  return me.roles.some((r) => roles.includes(r));
}

/** What the screens may offer, derived from /me (the backend enforces the same on every call). */
export function abilities(me: Me) {
  return {
    seeInitiatives: hasAny(me, ['admin', 'federation_officer', 'unit_officer', 'member']),
    createInitiatives: me.permissions.createInitiatives,
    checkInitiatives: me.permissions.checkInitiatives,
    /** The review screen: an evaluator's queue, an officer's dossiers waiting for the council or the check. */
    review: me.permissions.reviewInitiatives || me.permissions.checkInitiatives,
    scoreInitiatives: me.permissions.reviewInitiatives,
    seeQuotas: hasAny(me, ['admin', 'federation_officer', 'unit_officer', 'reporter']),
    manageQuotas: me.permissions.manageQuotas,
    /** The units screen: add, rename, move and close the units below one's own. */
    manageUnits: me.permissions.manageUnits,
    viewReports: me.permissions.viewReports,
    /** The emulation screen: rankings, rewards proposed and decided. */
    manageRewards: me.permissions.manageRewards,
    /** Emulation clusters are the federation's (PUT …/clusters: admins and federation officers). */
    manageClusters: hasAny(me, ['admin', 'federation_officer']),
    /** The import screen: officers import their units' lists (the API's roles for /imports). */
    importInitiatives: hasAny(me, ['admin', 'federation_officer', 'unit_officer']),
    browseUnits: hasAny(me, ['admin', 'federation_officer', 'unit_officer', 'evaluator', 'reporter']),
    /** The audit trail of changes (who changed what): administrators only, as the API. */
    readAudit: hasAny(me, ['admin']),
  };
}

export type Abilities = ReturnType<typeof abilities>;

/** The unit the dashboard and quota table open on: the user's own, or the programme's top for national scope. */
export function homeUnit(me: Me): string | undefined {
  if (me.nationalScope) return undefined;
  return me.unit?.code;
}
