import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '@/test/render';
import type { Initiative } from '@/lib/api/types';
import { TransitionActions, availableTransitions } from './TransitionActions';

const officer = { createInitiatives: true, checkInitiatives: true };
const member = { createInitiatives: true, checkInitiatives: false };
const reader = { createInitiatives: false, checkInitiatives: false };

describe('availableTransitions', () => {
  it('follows the lifecycle: only the steps the status allows', () => {
    expect(availableTransitions('DRAFT', officer)).toEqual(['submit']);
    expect(availableTransitions('RETURNED', member)).toEqual(['submit']);
    expect(availableTransitions('SUBMITTED', officer)).toEqual(['return']);
    expect(availableTransitions('UNDER_REVIEW', officer)).toEqual(['recognise', 'refuse', 'return']);
    expect(availableTransitions('RECOGNISED', officer)).toEqual(['validate', 'return']);
    expect(availableTransitions('VALID', officer)).toEqual([]);
    expect(availableTransitions('REFUSED', officer)).toEqual([]);
  });

  it('offers the union check only to those /me allows to check', () => {
    expect(availableTransitions('RECOGNISED', member)).toEqual([]);
    expect(availableTransitions('DRAFT', reader)).toEqual([]);
  });
});

describe('TransitionActions', () => {
  const dossier = (status: Initiative['status']) => ({ id: 3, version: 4, status, title: 'Bể lọc nước' }) as Initiative;

  it('shows the validate and return buttons on a recognised dossier for an officer', () => {
    renderUi(<TransitionActions initiative={dossier('RECOGNISED')} can={officer} />);
    expect(screen.getByRole('button', { name: 'Xác nhận hợp lệ' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Trả lại để bổ sung' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nộp hồ sơ' })).not.toBeInTheDocument();
  });

  it('shows nothing when the user may do nothing', () => {
    const { container } = renderUi(<TransitionActions initiative={dossier('RECOGNISED')} can={member} />);
    expect(container.querySelector('[data-testid="transitions"]')).toBeNull();
  });
});
