import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, get, idempotencyKeyFor } from '../api.js';
import { Field, FormError, Submit, required, useForm } from '../components/form.js';
import { html } from '../html.js';
import { label, t } from '../i18n.js';
import { href } from '../router.js';
import { PILLARS, termLabel } from './vocabularies.js';

/**
 * @typedef {import('../components/form.js').ControlEvent} ControlEvent
 * @typedef {import('./vocabularies.js').Term} Term
 * @typedef {{ key: string, text: string, builtIn: string | null }} Row a theme the mapping can name: a term's code, or a spelling an older mapping used
 */

/** The themes to map: those offered, those retired but mapped, and the older mapping's spellings that are no code. @param {Term[]} themes @param {Record<string, string>} mapping */
function rowsOf(themes, mapping) {
  const codes = new Set(themes.map((term) => term.code));
  /** @type {Row[]} */
  const rows = themes
    .filter((term) => !term.retired || mapping[term.code])
    .map((term) => ({
      key: term.code,
      text: term.retired ? t('mapping.retired', { label: termLabel(term) }) : termLabel(term),
      builtIn: term.defaultPillar ?? null,
    }));
  const written = Object.keys(mapping).filter((theme) => !codes.has(theme));
  return [...rows, ...written.map((theme) => ({ key: theme, text: t('mapping.asWritten', { theme }), builtIn: null }))];
}

/**
 * A coordinator sets which Spotlight pillar each theme counts under in a donor's EU reports; a theme left on
 * "built-in" counts under its packaged default pillar.
 * @param {{ donors: { id: string, name: string }[] }} props
 */
export function PillarMapping({ donors }) {
  const form = useForm({ donorId: '' });
  const [loaded, setLoaded] = useState(/** @type {{ donorId: string, rows: Row[] } | null} */ (null));
  const [chosen, setChosen] = useState(/** @type {Record<string, string>} */ ({}));
  const [saved, setSaved] = useState(false);
  const scope = useMemo(() => `pillars-${Math.random().toString(36).slice(2)}`, []);
  const { donorId } = form.values;
  useEffect(() => {
    setSaved(false);
    setLoaded(null);
    if (!donorId) return;
    let current = true;
    Promise.all([get(`/reports/frameworks/${donorId}`), get('/vocabularies/themes')]).then(([framework, vocabulary]) => {
      if (!current) return;
      const mapping = /** @type {Record<string, string>} */ (framework.body.mapping ?? {});
      setChosen({ ...mapping });
      setLoaded({ donorId, rows: rowsOf(vocabulary.body.terms, mapping) });
    });
    return () => (current = false);
  }, [donorId]);
  const send = (/** @type {{ donorId: string }} */ values) => {
    const mapping = Object.fromEntries(Object.entries(chosen).filter(([, pillar]) => pillar));
    const path = `/reports/frameworks/${values.donorId}/pillar-mapping`;
    const body = { mapping };
    return api('PUT', path, { body, idempotencyKey: idempotencyKeyFor(scope, { path, body }) }).then(() => setSaved(true));
  };
  return html`<form id=${form.id} class="panel" novalidate aria-labelledby=${`${form.id}-title`}
      onSubmit=${(/** @type {ControlEvent} */ e) => form.submit(e, (values) => required(values, ['donorId']), send)}>
    <h2 id=${`${form.id}-title`}>${t('mapping.title')}</h2>
    <p class="hint">${t('mapping.intro')}</p>
    <p class="hint"><a href=${href('/vocabularies')}>${t('mapping.themesKept')}</a></p>
    <${Field} form=${form} name="donorId" type="select" label=${t('field.donor')} options=${[['', t('field.choose')], ...donors.map((d) => [d.id, d.name])]} />
    ${
      loaded !== null &&
      loaded.donorId === donorId &&
      html`<fieldset class="pillar-mapping">
        <legend>${t('mapping.pillar')}</legend>
        ${loaded.rows.map(
          (row, i) => html`<${PillarChoice} id=${`${form.id}-theme-${i}`} row=${row} value=${chosen[row.key] ?? ''}
          onChange=${(/** @type {string} */ pillar) => (setSaved(false), setChosen((current) => ({ ...current, [row.key]: pillar })))} />`,
        )}
      </fieldset>`
    }
    <${FormError} form=${form} />
    <${Submit} form=${form}>${t('mapping.save')}<//>
    ${saved && html`<p role="status">${t('mapping.saved')}</p>`}
  </form>`;
}

/** @param {{ id: string, row: Row, value: string, onChange: (pillar: string) => void }} props */
function PillarChoice({ id, row, value, onChange }) {
  const builtIn = row.builtIn ? t('mapping.builtIn', { pillar: label('pillar', row.builtIn) }) : t('mapping.builtInNone');
  return html`<div class="field" data-theme=${row.key}>
    <label for=${id}>${row.text}</label>
    <select id=${id} value=${value} onChange=${(/** @type {ControlEvent} */ e) => onChange(e.currentTarget.value)}>
      <option value="">${builtIn}</option>
      ${PILLARS.map((pillar) => html`<option value=${pillar}>${label('pillar', pillar)}</option>`)}
    </select>
  </div>`;
}
