// The signed-in user in the header: their name as /me gives it (family name first, composed by the backend from the
// token's claims, never here), their unit, roles and sign-out.
import { Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import type { Me } from '@/lib/me/me';
import { forgetCachedData } from '@/lib/offline/queryCache';

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const queryClient = useQueryClient();
  // A shared phone keeps nothing of this officer's data after sign-out (drafts stay, kept per user).
  const signOut = async () => {
    await forgetCachedData(queryClient);
    await auth.signoutRedirect();
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* Named by what it shows (the user and their unit), as WCAG 2.5.3 asks; Menu adds aria-haspopup. */}
        <UnstyledButton data-testid="user-menu">
          <Stack gap={0} align="flex-end">
            <Text size="sm" fw={600} lh={1.2}>
              {me.name}
            </Text>
            {me.unit && (
              <Text size="xs" c="dimmed" lh={1.2} visibleFrom="xs">
                {me.unit.name}
              </Text>
            )}
          </Stack>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('auth.signedInAs', { name: me.username })}</Menu.Label>
        {me.unit && (
          <Menu.Item disabled>
            {t('auth.unit')}: {me.unit.name}
          </Menu.Item>
        )}
        <Menu.Item disabled>
          {t('auth.roles')}: {me.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => void signOut()} data-testid="sign-out">
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
