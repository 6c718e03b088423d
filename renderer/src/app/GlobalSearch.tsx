import { useEffect, useMemo, useRef, useState } from 'react';
import { AutoComplete, Input, type AutoCompleteProps, type InputRef } from 'antd';
import { getDb } from '../db/db';
import { SearchOutlined } from '../ui/icons';
import { navigate } from './router';
import { searchLedgers, SEARCH_LIMIT, type SearchHit } from './global-search';

/**
 * The header's one search box: a record of any ledger by 案号 / 文号 / name (searchLedgers). Ctrl+K focuses it;
 * the arrows choose a hit, Enter opens it (the first hit is chosen to begin with).
 */
export function GlobalSearch() {
  const input = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const generation = useRef(0);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        input.current?.focus({ cursor: 'all' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const mine = ++generation.current;
    if (!text.trim()) {
      setHits(null);
      return;
    }
    // A short pause while typing: a name is looked for by a scan of every ledger.
    const timer = window.setTimeout(() => {
      searchLedgers(getDb(), text, SEARCH_LIMIT, () => generation.current !== mine).then(
        (found) => generation.current === mine && setHits(found),
        () => generation.current === mine && setHits([]),
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [text]);

  const options = useMemo<AutoCompleteProps['options']>(() => {
    if (!hits) return [];
    if (hits.length === 0) return [{ value: '', label: '没有找到记录', disabled: true }];
    const groups = new Map<string, SearchHit[]>();
    for (const h of hits) groups.set(h.ledger, [...(groups.get(h.ledger) ?? []), h]);
    return [...groups].map(([ledger, list]) => ({
      label: ledger,
      title: ledger,
      options: list.map((h) => ({ value: `${h.table}:${h.id}`, label: h.matched ? `${h.title}　${h.matched}` : h.title })),
    }));
  }, [hits]);

  const open = (value: string) => {
    const hit = hits?.find((h) => `${h.table}:${h.id}` === value);
    if (!hit) return;
    setText('');
    setHits(null);
    input.current?.blur();
    navigate(hit.route);
  };

  return (
    <AutoComplete
      value={text}
      options={options}
      onChange={(v) => setText(v)}
      onSelect={(v: string) => open(v)}
      defaultActiveFirstOption
      popupMatchSelectWidth={420}
      // lineHeight: the header's 48 px line would make the box as tall as the header.
      style={{ width: 320, marginInlineEnd: 'auto', lineHeight: 'normal' }}
      virtual={false}
    >
      <Input
        ref={input}
        allowClear
        prefix={<SearchOutlined style={{ color: 'rgba(0,0,0,0.45)' }} />}
        placeholder="查找案号、文号、名称（Ctrl+K）"
        aria-label="全局搜索"
      />
    </AutoComplete>
  );
}
