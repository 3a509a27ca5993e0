'use client';

import { useEffect } from 'react';
import { heightMessage, isHeightRequest } from '@/lib/publish/embed-messages';

/**
 * Tells the page that frames this embed how tall it is: at once, whenever that changes, and when
 * that page asks (see embed-messages.ts). Every other message is ignored.
 */
export function EmbedHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    const root = document.documentElement;
    let sent = 0;
    const send = (always: boolean) => {
      const message = heightMessage(root.getBoundingClientRect().height);
      if (!always && message.height === sent) return;
      sent = message.height;
      // Any site may frame an embed, so any may hear its height: it is no secret.
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(() => send(false));
    observer.observe(root);
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isHeightRequest(event.data)) send(true);
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, []);
  return null;
}
