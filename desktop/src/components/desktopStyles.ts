import { css } from 'lit';

/**
 * Styles every element shares. Colours meet WCAG AA on white: body text #1b1f24 (16:1), muted
 * #4a5360 (7.6:1), primary #0b57a4 and danger #a8201a under white text (both over 7:1).
 * Focus shows only for keyboard users (:focus-visible), as a 3 px ring that clears the control.
 */
export const desktopStyles = css`
  :host {
    display: block;
    color: #1b1f24;
    font:
      14px/1.35 system-ui,
      -apple-system,
      'Segoe UI',
      sans-serif;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    margin: 0 0 6px;
    font-size: 15px;
  }
  p {
    margin: 0 0 6px;
  }
  form,
  .stack {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-weight: 600;
  }
  /* A choice (radio, checkbox) sits beside its text, not above it. */
  label.row {
    flex-direction: row;
    gap: 8px;
  }
  input,
  select {
    font: inherit;
    min-height: 32px;
    padding: 4px 8px;
    border: 1px solid #6b7480;
    border-radius: 4px;
    background: #fff;
    color: inherit;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 32px;
    padding: 4px 12px;
    border: 1px solid #0b57a4;
    border-radius: 4px;
    background: #fff;
    color: #0b57a4;
    cursor: pointer;
  }
  button.primary {
    background: #0b57a4;
    color: #fff;
  }
  button.danger {
    border-color: #a8201a;
    background: #a8201a;
    color: #fff;
  }
  button:disabled {
    border-color: #8a939e;
    background: #eef0f2;
    color: #4a5360;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid #1a5fb4;
    outline-offset: 2px;
  }
  .muted {
    color: #4a5360;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
