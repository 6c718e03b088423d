/**
 * The icons of the app, each decorative: antd's icons render `role="img" aria-label="bell"`, so a screen reader
 * (and an accessible name) read English words before every label ("bell 待办", "undo 撤销上一步"). These are the
 * same icons with `aria-hidden`; the text next to them names the control. Import icons from here, never from
 * '@ant-design/icons' (icons.test.ts fails on any other file that does). An icon that is a control's only content gets
 * the control's aria-label instead.
 */
import type { ComponentProps, ComponentType } from 'react';
import {
  ArrowLeftOutlined as AntArrowLeftOutlined,
  AuditOutlined as AntAuditOutlined,
  BankOutlined as AntBankOutlined,
  BarChartOutlined as AntBarChartOutlined,
  BellOutlined as AntBellOutlined,
  BookOutlined as AntBookOutlined,
  CalendarOutlined as AntCalendarOutlined,
  CheckCircleOutlined as AntCheckCircleOutlined,
  CloudDownloadOutlined as AntCloudDownloadOutlined,
  CloudServerOutlined as AntCloudServerOutlined,
  CopyOutlined as AntCopyOutlined,
  DeleteOutlined as AntDeleteOutlined,
  DownloadOutlined as AntDownloadOutlined,
  EditOutlined as AntEditOutlined,
  FileExcelOutlined as AntFileExcelOutlined,
  FileProtectOutlined as AntFileProtectOutlined,
  FileTextOutlined as AntFileTextOutlined,
  FileWordOutlined as AntFileWordOutlined,
  FolderOpenOutlined as AntFolderOpenOutlined,
  HistoryOutlined as AntHistoryOutlined,
  ImportOutlined as AntImportOutlined,
  InboxOutlined as AntInboxOutlined,
  LeftOutlined as AntLeftOutlined,
  PlusOutlined as AntPlusOutlined,
  RightOutlined as AntRightOutlined,
  RollbackOutlined as AntRollbackOutlined,
  SaveOutlined as AntSaveOutlined,
  SearchOutlined as AntSearchOutlined,
  SettingOutlined as AntSettingOutlined,
  SyncOutlined as AntSyncOutlined,
  UndoOutlined as AntUndoOutlined,
  UserOutlined as AntUserOutlined,
} from '@ant-design/icons';

type IconProps = ComponentProps<typeof AntPlusOutlined>;

function decorative(Icon: ComponentType<IconProps>): ComponentType<IconProps> {
  const Decorative = (props: IconProps) => <Icon aria-hidden {...props} />;
  Decorative.displayName = Icon.displayName;
  return Decorative;
}

export const ArrowLeftOutlined = decorative(AntArrowLeftOutlined);
export const AuditOutlined = decorative(AntAuditOutlined);
export const BankOutlined = decorative(AntBankOutlined);
export const BarChartOutlined = decorative(AntBarChartOutlined);
export const BellOutlined = decorative(AntBellOutlined);
export const BookOutlined = decorative(AntBookOutlined);
export const CalendarOutlined = decorative(AntCalendarOutlined);
export const CheckCircleOutlined = decorative(AntCheckCircleOutlined);
export const CloudDownloadOutlined = decorative(AntCloudDownloadOutlined);
export const CloudServerOutlined = decorative(AntCloudServerOutlined);
export const CopyOutlined = decorative(AntCopyOutlined);
export const DeleteOutlined = decorative(AntDeleteOutlined);
export const DownloadOutlined = decorative(AntDownloadOutlined);
export const EditOutlined = decorative(AntEditOutlined);
export const FileExcelOutlined = decorative(AntFileExcelOutlined);
export const FileProtectOutlined = decorative(AntFileProtectOutlined);
export const FileTextOutlined = decorative(AntFileTextOutlined);
export const FileWordOutlined = decorative(AntFileWordOutlined);
export const FolderOpenOutlined = decorative(AntFolderOpenOutlined);
export const HistoryOutlined = decorative(AntHistoryOutlined);
export const ImportOutlined = decorative(AntImportOutlined);
export const InboxOutlined = decorative(AntInboxOutlined);
export const LeftOutlined = decorative(AntLeftOutlined);
export const PlusOutlined = decorative(AntPlusOutlined);
export const RightOutlined = decorative(AntRightOutlined);
export const RollbackOutlined = decorative(AntRollbackOutlined);
export const SaveOutlined = decorative(AntSaveOutlined);
export const SearchOutlined = decorative(AntSearchOutlined);
export const SettingOutlined = decorative(AntSettingOutlined);
export const SyncOutlined = decorative(AntSyncOutlined);
export const UndoOutlined = decorative(AntUndoOutlined);
export const UserOutlined = decorative(AntUserOutlined);
