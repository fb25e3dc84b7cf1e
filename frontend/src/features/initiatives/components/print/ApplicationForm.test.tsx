import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Initiative } from '@/lib/api/types';
import i18n from '@/lib/i18n';
import { renderUi } from '@/test/render';
import { ApplicationForm } from './ApplicationForm';

const dossier: Initiative = {
  id: 7,
  programCode: '1TRIEU-SK',
  unitCode: 'LCH-PT',
  unitName: 'LĐLĐ huyện Phong Thổ',
  addressee: 'Hội đồng sáng kiến LĐLĐ huyện Phong Thổ',
  title: 'Quy trình khử khuẩn nhanh phòng học',
  summary: 'Khử khuẩn phòng học trong 15 phút.',
  solutionType: 'TECHNICAL',
  field: 'EPIDEMIC_PREVENTION',
  funder: 'Trường Tiểu học Mường So',
  firstAppliedOn: '2022-03-15',
  filedOn: '2022-04-02',
  solution: 'Chia lớp thành bốn khu, mỗi khu một người.',
  confidentialParts: 'Tỷ lệ pha dung dịch: 1/40.',
  confidentialHidden: false,
  applicationConditions: 'Bình phun và dung dịch khử khuẩn.',
  benefitsByAuthors: 'Giảm 70 % thời gian.',
  receiptNumber: 'SK-LCH-PT-2022-0007',
  authors: [
    { fullName: 'Nguyễn Thị Hoa', birthDate: '1985-03-14', workplace: 'Trường Tiểu học Mường So', jobTitle: 'Giáo viên', qualification: 'Cử nhân sư phạm', contributionPercent: 66.67 },
    { fullName: 'Lò Văn Minh', workplace: 'Trường Tiểu học Mường So', contributionPercent: 33.33 },
  ],
  helpers: [{ fullName: 'Vàng Thị Mai', jobTitle: 'Nhân viên', contribution: 'Pha dung dịch' }],
};

const show = (i: Initiative) =>
  renderUi(<ApplicationForm initiative={i} place="Lai Châu" today={new Date(2026, 11, 3)} t={i18n.getFixedT('vi')} />);

describe('ApplicationForm', () => {
  it('lays the dossier out as the application for recognition, in Vietnamese', () => {
    show(dossier);
    const form = screen.getByTestId('application-form');
    expect(form).toHaveTextContent('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(form).toHaveTextContent('Độc lập - Tự do - Hạnh phúc');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN');
    expect(form).toHaveTextContent('Kính gửi: Hội đồng sáng kiến LĐLĐ huyện Phong Thổ');
    expect(screen.getByTestId('application-title')).toHaveTextContent('Quy trình khử khuẩn nhanh phòng học');
    expect(form).toHaveTextContent('Lĩnh vực áp dụng sáng kiến: Phòng, chống dịch');
    expect(form).toHaveTextContent('Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử: 15/03/2022');
    expect(form).toHaveTextContent('Chủ đầu tư tạo ra sáng kiến (trường hợp tác giả không đồng thời là chủ đầu tư tạo ra sáng kiến): Trường Tiểu học Mường So');
    expect(form).toHaveTextContent('Nội dung, bản chất của giải pháp: Chia lớp thành bốn khu, mỗi khu một người.');
    expect(form).toHaveTextContent('Những thông tin cần được bảo mật (nếu có): Tỷ lệ pha dung dịch: 1/40.');
    expect(form).toHaveTextContent('Số tiếp nhận: SK-LCH-PT-2022-0007');
    // Signed on the filing date, by the authors.
    expect(screen.getByTestId('application-date')).toHaveTextContent('Lai Châu, ngày 02 tháng 04 năm 2022');
    expect(screen.getByTestId('application-signature')).toHaveTextContent('Người nộp đơn(Ký và ghi rõ họ tên)Nguyễn Thị HoaLò Văn Minh');
  });

  it('has a row per author with birth date, workplace, title, qualification and share as far as given', () => {
    show(dossier);
    const rows = within(screen.getByTestId('application-authors')).getAllByRole('row');
    expect(rows.map((r) => within(r).getAllByRole(r === rows[0] ? 'columnheader' : 'cell').map((c) => c.textContent))).toEqual([
      ['Số TT', 'Họ và tên', 'Ngày tháng năm sinh', 'Nơi công tác (hoặc nơi thường trú)', 'Chức danh', 'Trình độ chuyên môn', 'Tỷ lệ (%) đóng góp vào việc tạo ra sáng kiến'],
      ['1', 'Nguyễn Thị Hoa', '14/03/1985', 'Trường Tiểu học Mường So', 'Giáo viên', 'Cử nhân sư phạm', '66,67 %'],
      ['2', 'Lò Văn Minh', '', 'Trường Tiểu học Mường So', '', '', '33,33 %'],
    ]);
    expect(within(screen.getByTestId('application-helpers')).getByText('Pha dung dịch')).toBeInTheDocument();
  });

  it('marks the confidential part withheld when the API withheld it from this reader', () => {
    show({ ...dossier, confidentialParts: undefined, confidentialHidden: true });
    expect(screen.getByTestId('application-confidential-withheld')).toHaveTextContent('(thông tin bảo mật — không hiển thị)');
    expect(screen.getByTestId('application-form')).not.toHaveTextContent('1/40');
  });

  it('says "không có" for what the dossier leaves out, names the unit\'s council, and dates today when not filed', () => {
    show({ ...dossier, addressee: undefined, funder: undefined, confidentialParts: undefined, helpers: [], filedOn: undefined, receiptNumber: undefined });
    const form = screen.getByTestId('application-form');
    expect(form).toHaveTextContent('Kính gửi: Hội đồng sáng kiến LĐLĐ huyện Phong Thổ');
    expect(form).toHaveTextContent('Những thông tin cần được bảo mật (nếu có): (không có)');
    expect(form).not.toHaveTextContent('(thông tin bảo mật — không hiển thị)');
    expect(form).not.toHaveTextContent('Số tiếp nhận');
    expect(screen.queryByTestId('application-helpers')).toBeNull();
    expect(screen.getByTestId('application-date')).toHaveTextContent('Lai Châu, ngày 03 tháng 12 năm 2026');
  });
});
