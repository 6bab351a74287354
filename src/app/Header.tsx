import type { ReactNode } from 'react';

/** Product name, the dataset's title, and room for actions such as "Copy link". */
export function Header({ title, actions }: { title?: string; actions?: ReactNode }) {
  return (
    <header className="header">
      <h1 className="header__brand">Envoy</h1>
      {title ? <p className="header__title">{title}</p> : null}
      <div className="header__actions">{actions}</div>
    </header>
  );
}
