import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { normaliseMe } from '@/lib/me/me';
import { renderUi } from '@/test/render';
import { UserMenu } from './UserMenu';

// Keycloak's own "name" claim puts the given name first; the header must not show that one.
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({
    isAuthenticated: true,
    user: { profile: { sub: 'u-1', name: 'Lan Nguyễn Thị', given_name: 'Lan', family_name: 'Nguyễn Thị' } },
    signoutRedirect: vi.fn(),
  }),
}));

describe('UserMenu (header)', () => {
  it('shows the full name in Vietnamese order, family name first, and the unit', () => {
    const me = normaliseMe({ username: 'ldld.laichau', name: 'Nguyễn Thị Lan', roles: ['federation_officer'],
      unit: { code: 'LCH', name: 'LĐLĐ tỉnh Lai Châu' }, nationalScope: false });
    renderUi(<UserMenu me={me} />);
    const button = screen.getByTestId('user-menu');
    expect(button).toHaveTextContent('Nguyễn Thị Lan');
    expect(button).not.toHaveTextContent('Lan Nguyễn Thị');
    expect(button).toHaveTextContent('LĐLĐ tỉnh Lai Châu');
  });

  it('an account without a name shows its username', () => {
    renderUi(<UserMenu me={normaliseMe({ username: 'service-account-reporting', name: '', roles: ['reporter'] })} />);
    expect(screen.getByTestId('user-menu')).toHaveTextContent('service-account-reporting');
  });
});
