import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Message,
  MessageType,
  sessionBus,
  type MessageBus,
  type Variant,
} from '@jellybrick/dbus-next';

/**
 * A desktop notification service for the E2E tests, on a session bus of their own. On Linux
 * both Chromium and Firefox hand their notifications to org.freedesktop.Notifications on the
 * session bus, and learn of a click from its ActionInvoked signal: so a test that clicks
 * here takes the same path as a person clicking the desktop's popup.
 * (https://specifications.freedesktop.org/notification-spec/latest/)
 */

const NAME = 'org.freedesktop.Notifications';
const PATH = '/org/freedesktop/Notifications';

/** What a browser asked the service to show. */
export interface ShownNotification {
  id: number;
  appName: string;
  summary: string;
  body: string;
  /** Pairs of action key and label, as sent: ["default", "Activate", ...]. */
  actions: string[];
  /** Hint names only: their values are browser-specific (image paths, desktop entries). */
  hints: string[];
  /** Closed since, by the browser (CloseNotification) or by a click here. */
  closed: boolean;
}

export interface NotificationServer {
  /** For the browser's environment: the session bus it finds the service on. */
  env: { DBUS_SESSION_BUS_ADDRESS: string };
  /** Every Notify call so far, in order. */
  shown: ShownNotification[];
  /** Method names the browsers called, in order, to tell what they asked of the service. */
  calls: string[];
  /** Clicks the notification's body, as the desktop does: ActionInvoked "default", then closed. */
  click(id: number): void;
  stop(): Promise<void>;
}

// A bus that only these tests use: it starts no services of its own (so a notification
// daemon installed on the machine cannot answer instead), and anyone on it may own a name.
const CONFIG = (dir: string) => `<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=${dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;

// https://specifications.freedesktop.org/notification-spec/latest/protocol.html
const CLOSED_DISMISSED = 2;
const CLOSED_BY_CALL = 3;

export async function startNotificationServer(): Promise<NotificationServer> {
  const dir = mkdtempSync(join(tmpdir(), 'instalments-dbus-'));
  writeFileSync(join(dir, 'bus.conf'), CONFIG(dir));
  const daemon: ChildProcess = spawn(
    'dbus-daemon',
    ['--config-file', join(dir, 'bus.conf'), '--nofork', '--print-address'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Kept for the error below only: as root it also warns that it may not raise its fd limit.
  let errors = '';
  daemon.stderr?.on('data', (data: Buffer) => (errors += data.toString()));
  const exited = new Promise<void>((resolve) => daemon.on('exit', () => resolve()));
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    daemon.stdout?.on('data', (data: Buffer) => {
      out += data.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    daemon.on('error', (error) =>
      reject(new Error(`no dbus-daemon (is Debian's dbus-daemon installed?): ${error.message}`)),
    );
    daemon.on('exit', (code) => reject(new Error(`dbus-daemon exited (${code}): ${errors}`)));
  });

  const bus: MessageBus = sessionBus({ busAddress: address });
  const shown: ShownNotification[] = [];
  const calls: string[] = [];
  let nextId = 1;
  const signal = (name: string, signature: string, body: unknown[]) =>
    bus.send(Message.newSignal(PATH, NAME, name, signature, body));
  const close = (id: number, reason: number) => {
    const found = shown.find((n) => n.id === id);
    if (!found || found.closed) return;
    found.closed = true;
    signal('NotificationClosed', 'uu', [id, reason]);
  };

  bus.addMethodHandler((msg: Message) => {
    if (msg.type !== MessageType.METHOD_CALL || msg.interface !== NAME || msg.path !== PATH) {
      return false;
    }
    calls.push(msg.member ?? '');
    const reply = (signature: string, body: unknown[]) =>
      bus.send(Message.newMethodReturn(msg, signature, body));
    switch (msg.member) {
      case 'GetCapabilities':
        // What a typical desktop offers; "actions" is what makes a browser attach the
        // "default" action that a click on the body invokes.
        reply('as', [['actions', 'body', 'body-markup', 'icon-static', 'persistence']]);
        return true;
      case 'GetServerInformation':
        reply('ssss', ['instalments-e2e', 'Instalments', '1.0', '1.2']);
        return true;
      case 'Notify': {
        const [appName, replacesId, , summary, body, actions, hints] = msg.body as [
          string,
          number,
          string,
          string,
          string,
          string[],
          Record<string, Variant>,
        ];
        const id = replacesId > 0 ? replacesId : nextId++;
        const entry = {
          id,
          appName,
          summary,
          body,
          actions,
          hints: Object.keys(hints),
          closed: false,
        };
        const old = shown.findIndex((n) => n.id === id);
        if (old >= 0) shown.splice(old, 1, entry);
        else shown.push(entry);
        reply('u', [id]);
        return true;
      }
      case 'CloseNotification':
        close((msg.body as [number])[0], CLOSED_BY_CALL);
        reply('', []);
        return true;
      default:
        bus.send(
          Message.newError(msg, 'org.freedesktop.DBus.Error.UnknownMethod', `${msg.member}?`),
        );
        return true;
    }
  });
  await bus.requestName(NAME, 0);

  return {
    env: { DBUS_SESSION_BUS_ADDRESS: address },
    shown,
    calls,
    click(id) {
      signal('ActionInvoked', 'us', [id, 'default']);
      close(id, CLOSED_DISMISSED);
    },
    async stop() {
      bus.disconnect();
      daemon.kill();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
