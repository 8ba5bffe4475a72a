import english from '../../public/_locales/en/messages.json';

/**
 * The browser's i18n lookup for Node tests, over the real `_locales/en/messages.json`, with
 * the same placeholder rules as Chrome and Firefox: `$NAME$` names a placeholder whose
 * content is `$1`…`$9`, and `$$` is a literal dollar sign.
 */
interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages: Record<string, Message> = english;

export function getMessage(key: string, substitutions: string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

(globalThis as { chrome?: unknown }).chrome = {
  i18n: { getMessage, getUILanguage: () => 'en-GB' },
};
