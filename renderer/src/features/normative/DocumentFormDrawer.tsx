import { Col, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DOCUMENT_FIELD_LABELS as L } from '../../../../shared/normative/schema';
import { DOCUMENT_STATUS_LABELS, type DocumentStatus, type NormativeDocument } from '../../../../shared/normative/types';
import { useSettings } from '../../app/settings-context';
import { fromDateStr, today } from '../../ui/dates';
import { DateField } from '../../ui/DateField';
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
          <Col span={24}>
            <Form.Item name="title" label={L.title} required>
              <Input placeholder="如：丹阳市人民防空管理办法" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="docNo" label={L.docNo} required>
              <Input placeholder="如：丹政规〔2019〕3号" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="issuer" label={L.issuer} required>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="publishDate" label={L.publishDate} required>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="effectiveDate" label={L.effectiveDate}>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="statedExpiry" label={L.statedExpiry} extra="不填则按施行日期起5年（暂行、试行2年）计算">
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label={L.status} required>
              <Select
                options={(Object.keys(DOCUMENT_STATUS_LABELS) as DocumentStatus[]).map((s) => ({ value: s, label: DOCUMENT_STATUS_LABELS[s] }))}
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="note" label={L.note}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </FormDrawer>
  );
}
