import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AppShell } from './app/AppShell';
import { startDatabase } from './app/startup';

dayjs.locale('zh-cn');

/**
 * Animations off when the system asks for reduced motion (Windows: 设置 → 辅助功能 → 动画效果; also what the e2e
 * browser reports): on an old office PC they cost frames, and a dialog still zooming in moves its buttons under the pointer.
 */
const motion = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const root = createRoot(document.getElementById('root')!);

startDatabase().then((problem) => {
  root.render(
    <StrictMode>
      <ConfigProvider locale={zhCN} virtual={false} theme={{ token: { colorPrimary: '#a8071a', borderRadius: 4, motion } }}>
        <AntApp>
          <AppShell startupProblem={problem} />
        </AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
});
