import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { drafts } from '@/lib/storage/drafts';
import { renderUi } from '@/test/render';
import { emptyAuthor, emptyDossier, toWrite, type DossierValues } from '../logic/dossier';
import { DossierForm } from './DossierForm';

// A dossier read back from the API by someone outside the authors' unit: the confidential parts came empty.
function readBack(): DossierValues {
  const v = emptyDossier('1TRIEU-SK', 'LCH-PT', '2022-04-01');
  v.title = 'Bể lọc nước sạch cho điểm trường';
  v.solutionType = 'TECHNICAL';
  v.field = 'SOCIO_ECONOMIC';
  v.firstAppliedOn = '2022-03-15';
  v.solution = 'Ba tầng lọc sỏi, cát, than hoạt tính.';
  v.authors = [{ ...emptyAuthor(100), fullName: 'Nguyễn Thị Hoa' }];
  return v;
}

function renderForm(confidentialHidden: boolean, onSave = vi.fn(async () => {})) {
  renderUi(
    <DossierForm
      initialValues={readBack()}
      draftKey="test:initiative:7"
      baseVersion={3}
      programs={[{ value: '1TRIEU-SK', label: '01 triệu sáng kiến' }]}
      units={[{ value: 'LCH-PT', label: 'LĐLĐ huyện Phong Thổ' }]}
      unitLocked
      confidentialHidden={confidentialHidden}
      onSave={onSave}
      onCancel={() => {}}
    />,
  );
  return onSave;
}

describe('DossierForm and hidden confidential parts', () => {
  it('shows a read-only note instead of an empty editable field, and the request leaves the field out', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const onSave = renderForm(true);
    await user.click(screen.getByRole('button', { name: 'Tiếp' }));

    expect(screen.getByLabelText('Nội dung, bản chất của giải pháp')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Thông tin cần được bảo mật/ })).not.toBeInTheDocument();
    const note = screen.getByTestId('confidential-hidden');
    expect(note).toHaveAttribute('role', 'note');
    expect(note).toHaveAccessibleName('Thông tin cần được bảo mật (nếu có)');
    expect(note).toHaveTextContent('được ẩn với bạn');
    expect(note).toHaveTextContent('vẫn được giữ nguyên khi bạn lưu');

    await user.click(screen.getByRole('button', { name: 'Tiếp' }));
    await user.click(screen.getByRole('button', { name: 'Tiếp' }));
    expect(screen.queryByText('Thông tin cần được bảo mật (nếu có)')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('save-dossier'));

    expect(onSave).toHaveBeenCalledTimes(1);
    const [values, version] = onSave.mock.calls[0] as unknown as [DossierValues, number];
    expect(version).toBe(3);
    const body = toWrite(values, version, { confidentialHidden: true });
    expect(body).not.toHaveProperty('confidentialParts');
    expect(body.solution).toBe('Ba tầng lọc sỏi, cát, than hoạt tính.');
  });

  it('keeps the field editable for those who may read it', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderForm(false);
    await user.click(screen.getByRole('button', { name: 'Tiếp' }));
    expect(screen.queryByTestId('confidential-hidden')).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Thông tin cần được bảo mật/ }), 'Bí mật');
    expect(screen.getByRole('textbox', { name: /Thông tin cần được bảo mật/ })).toHaveValue('Bí mật');
  });
});

describe('DossierForm and the draft kept on the device', () => {
  it('opens on the kept draft, says so, and discarding it brings back the server\'s version', { timeout: 20_000 }, async () => {
    drafts.save('test:initiative:7', { ...readBack(), title: 'Bể lọc nước (nháp trên máy)' }, 2);
    const user = userEvent.setup();
    const onSave = renderForm(false);
    expect(screen.getByTestId('draft-restored')).toHaveTextContent('Đã khôi phục bản nháp lưu trên máy này');
    expect(screen.getByTestId('draft-kept')).toBeInTheDocument();
    expect(screen.getByLabelText(/Tên sáng kiến/)).toHaveValue('Bể lọc nước (nháp trên máy)');
    await user.click(screen.getByRole('button', { name: 'Bỏ bản nháp trên máy' }));
    expect(screen.getByLabelText(/Tên sáng kiến/)).toHaveValue('Bể lọc nước sạch cho điểm trường');
    expect(screen.queryByTestId('draft-restored')).not.toBeInTheDocument();
    expect(drafts.load('test:initiative:7')).toBeNull();
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Tiếp' }));
    await user.click(screen.getByTestId('save-dossier'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ title: 'Bể lọc nước sạch cho điểm trường' }), 3);
    expect(drafts.load('test:initiative:7')).toBeNull(); // the server has it
  });
});
