import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '@/test/render';
import type { Initiative } from '@/lib/api/types';
import { TransitionActions, availableTransitions } from './TransitionActions';

type Step = NonNullable<Initiative['allowedActions']>[number];
const dossier = (status: Initiative['status'], allowedActions?: Step[]) =>
  ({ id: 3, version: 4, status, title: 'Bể lọc nước', allowedActions }) as Initiative;

describe('availableTransitions', () => {
  it('offers what the API allows, the step forward first and giving back last', () => {
    expect(availableTransitions(dossier('UNDER_REVIEW', ['RETURN', 'RECOGNISE', 'REFUSE']))).toEqual(['recognise', 'refuse', 'return']);
    expect(availableTransitions(dossier('DRAFT', ['SUBMIT']))).toEqual(['submit']);
    expect(availableTransitions(dossier('VALID', []))).toEqual([]);
  });

  it('offers nothing on a dossier kept from before the API listed the steps', () => {
    expect(availableTransitions(dossier('RECOGNISED'))).toEqual([]);
  });
});

describe('TransitionActions', () => {
  it('shows the validate and return buttons on a recognised dossier for an officer who may decide', () => {
    renderUi(<TransitionActions initiative={dossier('RECOGNISED', ['RETURN', 'VALIDATE'])} />);
    expect(screen.getByRole('button', { name: 'Xác nhận hợp lệ' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Trả lại để bổ sung' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nộp hồ sơ' })).not.toBeInTheDocument();
  });

  it('hides recognise, refuse and validate from the officer who filed or wrote the dossier (four eyes)', () => {
    // The API leaves the decisions out for them; giving the dossier back stays.
    renderUi(<TransitionActions initiative={dossier('UNDER_REVIEW', ['RETURN'])} />);
    expect(screen.getByRole('button', { name: 'Trả lại để bổ sung' })).toBeInTheDocument();
    expect(screen.queryByTestId('transition-recognise')).not.toBeInTheDocument();
    expect(screen.queryByTestId('transition-refuse')).not.toBeInTheDocument();
    expect(screen.queryByTestId('transition-validate')).not.toBeInTheDocument();
  });

  it('shows nothing when the user may do nothing', () => {
    const { container } = renderUi(<TransitionActions initiative={dossier('RECOGNISED', [])} />);
    expect(container.querySelector('[data-testid="transitions"]')).toBeNull();
  });
});
