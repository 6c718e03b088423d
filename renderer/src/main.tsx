import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AppShell } from './app/AppShell';
import { startDatabase } from './app/startup';

dayjs.locale('zh-cn');

const root = createRoot(document.getElementById('root')!);

startDatabase().then((problem) => {
  root.render(
    <StrictMode>
      <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#a8071a', borderRadius: 4 } }}>
        <AntApp>
          <AppShell startupProblem={problem} />
        </AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
});
