import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Initiative } from '@/lib/api/types';
import { formatDate, formatNumber } from '@/lib/format';
import { confidentialShown, signingDate } from '../../logic/applicationForm';
import './ApplicationForm.css';

interface Props {
  initiative: Initiative;
  /** Where it is signed: "Lai Châu". */
  place: string;
  today: Date;
  /** Always Vietnamese: this is the official form (i18n.getFixedT('vi')). */
  t: TFunction;
}

function Text({ value, none }: { value: string | undefined; none: string }) {
  const text = value?.trim();
  return text ? <div className="af-text">{text}</div> : <div className="af-text af-none">{none}</div>;
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <li className="af-item">
      <span className="af-label">{label}</span> {children}
    </li>
  );
}

/**
 * The dossier laid out as the application for recognition of an initiative (Phụ lục I, Thông tư 18/2013/TT-BKHCN):
 * national heading, addressee, authors' table, the sections, the pledge, place and date, signature. It shows only
 * what the API returned; confidential text the API withheld from this reader is marked as withheld.
 */
export function ApplicationForm({ initiative: i, place, today, t }: Props) {
  const none = t('printForm.none');
  const authors = i.authors ?? [];
  const helpers = i.helpers ?? [];
  const confidential = confidentialShown(i);
  const date = signingDate(i.filedOn, today);
  const essence = (['summary', 'currentState', 'solution', 'novelty'] as const).filter((k) => i[k]?.trim());

  return (
    <article className="application-form" lang="vi" data-testid="application-form">
      <header className="af-nation">
        <div className="af-strong">{t('printForm.nation')}</div>
        <div className="af-motto">{t('printForm.motto')}</div>
        <div className="af-rule" aria-hidden="true" />
      </header>
      {i.receiptNumber && <div className="af-receipt">{t('printForm.receipt', { number: i.receiptNumber })}</div>}
      <h1 className="af-heading">{t('printForm.heading')}</h1>
      <p className="af-to">
        <span className="af-label">{t('printForm.to')}</span> {i.addressee?.trim() || t('printForm.toBlank', { unit: i.unitName ?? '' })}
      </p>

      <p>{t('printForm.weBelow')}</p>
      <table className="af-table" data-testid="application-authors">
        <thead>
          <tr>
            <th scope="col">{t('printForm.no')}</th>
            <th scope="col">{t('printForm.fullName')}</th>
            <th scope="col">{t('printForm.birthDate')}</th>
            <th scope="col">{t('printForm.workplace')}</th>
            <th scope="col">{t('printForm.jobTitle')}</th>
            <th scope="col">{t('printForm.qualification')}</th>
            <th scope="col">{t('printForm.contribution')}</th>
          </tr>
        </thead>
        <tbody>
          {authors.map((a, n) => (
            <tr key={`${a.fullName}-${n}`}>
              <td className="af-num">{n + 1}</td>
              <td>{a.fullName}</td>
              <td className="af-center">{formatDate(a.birthDate)}</td>
              <td>{a.workplace}</td>
              <td>{a.jobTitle}</td>
              <td>{a.qualification}</td>
              <td className="af-num">{formatNumber(a.contributionPercent, 'vi')} %</td>
            </tr>
          ))}
        </tbody>
      </table>

      <p>
        {t('printForm.authorsOf')} <strong data-testid="application-title">{i.title}</strong>
      </p>
      <ul className="af-items">
        <Item label={t('printForm.funder')}>
          <Text value={i.funder} none={none} />
        </Item>
        <Item label={t('printForm.field')}>{i.field ? t(`fields.${i.field}`) : none}</Item>
        <Item label={t('printForm.firstApplied')}>{formatDate(i.firstAppliedOn) || none}</Item>
        <Item label={t('printForm.essence')}>
          {essence.length === 0 ? (
            <Text value={undefined} none={none} />
          ) : (
            essence.map((k) => (
              <div key={k} className="af-part">
                <span className="af-sublabel">{t(`form.${k}`)}:</span>{' '}
                <Text value={i[k]} none={none} />
              </div>
            ))
          )}
        </Item>
        <Item label={t('printForm.confidential')}>
          {confidential.kind === 'withheld' ? (
            <div className="af-text af-withheld" data-testid="application-confidential-withheld">
              {t('printForm.confidentialWithheld')}
            </div>
          ) : (
            <Text value={confidential.kind === 'text' ? confidential.text : undefined} none={none} />
          )}
        </Item>
        <Item label={t('printForm.conditions')}>
          <Text value={i.applicationConditions} none={none} />
        </Item>
        <Item label={t('printForm.benefitsByAuthors')}>
          <Text value={i.benefitsByAuthors} none={none} />
        </Item>
        <Item label={t('printForm.benefitsByAppliers')}>
          <Text value={i.benefitsByAppliers} none={none} />
        </Item>
        <Item label={t('printForm.helpers')}>
          {helpers.length === 0 ? (
            <Text value={undefined} none={none} />
          ) : (
            <table className="af-table" data-testid="application-helpers">
              <thead>
                <tr>
                  <th scope="col">{t('printForm.no')}</th>
                  <th scope="col">{t('printForm.fullName')}</th>
                  <th scope="col">{t('printForm.workplace')}</th>
                  <th scope="col">{t('printForm.jobTitle')}</th>
                  <th scope="col">{t('printForm.helperWork')}</th>
                </tr>
              </thead>
              <tbody>
                {helpers.map((h, n) => (
                  <tr key={`${h.fullName}-${n}`}>
                    <td className="af-num">{n + 1}</td>
                    <td>{h.fullName}</td>
                    <td>{h.workplace}</td>
                    <td>{h.jobTitle}</td>
                    <td>{h.contribution}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Item>
      </ul>

      <p className="af-pledge">{t('printForm.pledge')}</p>
      <div className="af-signature" data-testid="application-signature">
        <div className="af-date" data-testid="application-date">
          {t('printForm.placeDate', { place, ...date })}
        </div>
        <div className="af-strong">{t('printForm.signer')}</div>
        <div className="af-hint">{t('printForm.signHint')}</div>
        <div className="af-sign-space" />
        {authors.map((a, n) => (
          <div key={`${a.fullName}-${n}`} className="af-strong">
            {a.fullName}
          </div>
        ))}
      </div>
    </article>
  );
}
