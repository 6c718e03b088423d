import { HOST_API_GLOBAL, type HostApi } from '../../../shared/host-api';
import { browserHost } from './browser-host';

/** The Electron preload's API when present, else the browser implementation. */
export function getHost(): HostApi {
  const injected = (window as unknown as Record<string, HostApi | undefined>)[HOST_API_GLOBAL];
  return injected ?? browserHost;
}
