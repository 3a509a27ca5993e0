'use client';

import { useRef, useState } from 'react';

export interface CopyFieldProps {
  label: string;
  value: string;
  id: string;
  multiline?: boolean;
}

/** A read-only field and a button that copies it. */
export function CopyField({ label, value, id, multiline = false }: CopyFieldProps) {
  const fieldRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [message, setMessage] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setMessage('Copied to the clipboard.');
    } catch {
      // Where the clipboard is not allowed, select the text so the reader can copy it by hand.
      fieldRef.current?.focus();
      fieldRef.current?.select();
      setMessage('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  };

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} ref={fieldRef} readOnly value={value} rows={Math.min(12, value.split("\n").reduce((rows, line) => rows + Math.ceil((line.length + 1) / 90), 0))} />
      ) : (
        <input id={id} ref={fieldRef} readOnly value={value} />
      )}
      <button type="button" onClick={() => void copy()}>
        Copy<span className="visually-hidden"> {label}</span>
      </button>
      <span role="status" className="copy-status">
        {message}
      </span>
    </div>
  );
}
