import { Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { DOCUMENT_FIELD_LABELS as L } from '../../../../shared/normative/schema';
import { DOCUMENT_STATUS_LABELS, type DocumentStatus, type NormativeDocument } from '../../../../shared/normative/types';
import { useSettings } from '../../app/settings-context';
import { fromDateStr, today } from '../../ui/dates';
import { ChoiceItem, DateItem, NoteItem, TextItem } from '../../ui/form-items';
import { FormDrawer } from '../../ui/FormDrawer';
import { saveDocument } from './normative-repo';
import { formInput } from '../../ui/form-values';

const FIELDS = ['title', 'docNo', 'issuer', 'publishDate', 'effectiveDate', 'statedExpiry', 'status', 'note'] as const;

interface Values {
  title?: string;
  docNo?: string;
  issuer?: string;
  publishDate?: Dayjs | null;
  effectiveDate?: Dayjs | null;
  statedExpiry?: Dayjs | null;
  status?: DocumentStatus;
  note?: string;
}

export function DocumentFormDrawer({ open, existing, onClose }: { open: boolean; existing: NormativeDocument | null; onClose: () => void }) {
  const settings = useSettings();
  return (
    <FormDrawer<Values, NormativeDocument>
      open={open}
      existing={existing}
      table="normativeDocuments"
      onClose={onClose}
      title={existing ? `修改文件信息：${existing.title}` : '登记规范性文件'}
      fieldNames={FIELDS}
      initial={(e) =>
        e
          ? {
              ...e,
              publishDate: fromDateStr(e.publishDate),
              effectiveDate: fromDateStr(e.effectiveDate),
              statedExpiry: fromDateStr(e.statedExpiry),
            }
          : { issuer: settings.organNames.government, status: 'valid' }
      }
      onSubmit={(v, openedAt) =>
        saveDocument(
          {
            ...formInput(v, {
              texts: ['title', 'docNo', 'issuer', 'note'],
              requiredDates: ['publishDate'],
              dates: ['effectiveDate', 'statedExpiry'],
            }),
            status: v.status,
          },
          existing?.id ?? null,
          settings.operatorName,
          today(),
          openedAt,
        )
      }
    >
      {() => (
        <Row gutter={16}>
          <TextItem name="title" label={L.title} span={24} required placeholder="如：丹阳市人民防空管理办法" />
          <TextItem name="docNo" label={L.docNo} span={12} required placeholder="如：丹政规〔2019〕3号" />
          <TextItem name="issuer" label={L.issuer} span={12} required />
          <DateItem name="publishDate" label={L.publishDate} span={8} required />
          <DateItem name="effectiveDate" label={L.effectiveDate} span={8} />
          <DateItem name="statedExpiry" label={L.statedExpiry} span={8} extra="不填则按施行日期起5年（暂行、试行2年）计算" />
          <ChoiceItem name="status" label={L.status} span={8} required labels={DOCUMENT_STATUS_LABELS} />
          <NoteItem name="note" label={L.note} span={16} />
        </Row>
      )}
    </FormDrawer>
  );
}
