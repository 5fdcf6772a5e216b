/** What changed since the January 2025 draft: each move from a V1.0 status to a status today, and what claims no change. */
import { describe, expect, it } from 'vitest';
import { changeSinceV1, sinceDraft } from '~/lib/model/since-draft';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';

describe('a standard’s change since V1.0', () => {
  it('names the move from the draft’s status to today’s', () => {
    expect(changeSinceV1({ status: 'in-development', statusToday: 'in-force' })).toBe('into-force');
    expect(changeSinceV1({ status: 'planned', statusToday: 'issued' })).toBe('issued');
    expect(changeSinceV1({ status: 'published', statusToday: 'superseded' })).toBe('ended');
    expect(changeSinceV1({ status: 'published', statusToday: 'withdrawn' })).toBe('ended');
    expect(changeSinceV1({ status: 'planned', statusToday: 'in-development' })).toBe('advanced');
  });

  it('claims no change where the status stands at the draft’s stage, or either side is unknown', () => {
    expect(changeSinceV1({ status: 'published', statusToday: 'in-force' })).toBeNull();
    expect(changeSinceV1({ status: 'in-development', statusToday: 'in-development' })).toBeNull();
    expect(changeSinceV1({ status: 'unknown', statusToday: 'published' })).toBeNull();
    expect(changeSinceV1({ status: 'in-development', statusToday: 'unknown' })).toBeNull();
  });

  it('groups the standards once, in display order, with every later document', () => {
    const s = sinceDraft(
      [
        { id: 'x', status: 'in-development', statusToday: 'in-force' },
        { id: 'y', status: 'published', statusToday: 'in-force' },
        { id: 'z', status: 'published', statusToday: 'superseded' },
        { id: 'w', status: 'in-development', statusToday: 'in-force' },
      ],
      [{ id: 'later-1' }],
    );
    expect(s.changed).toEqual({ 'into-force': ['x', 'w'], issued: [], ended: ['z'], advanced: [] });
    expect([...s.changedIds]).toEqual(['x', 'w', 'z']);
    expect(s.later).toEqual(['later-1']);
  });
});

describe('the model carries it, worked out from the content', () => {
  const tax = modelOf(loadContent(REAL_CONTENT));
  it('lists every standard whose status moved on, and only those', () => {
    for (const s of tax.standards) expect(tax.sinceDraft.changedIds.has(s.id), s.id).toBe(changeSinceV1(s) !== null);
    expect(tax.sinceDraft.later).toEqual(tax.later.map((d) => d.id));
  });
});
