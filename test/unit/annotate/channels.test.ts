import * as assert from 'node:assert/strict';
import { annotationChannels, inlayHintsAllowed, isIgnoredCode } from '../../../src/core/annotate/channels';
import { defaultSettings } from '../../../src/core/settings';

const EDITOR_ALLOWS_ALL = { codeLens: true, inlayHints: true };

describe('annotation channels', () => {
  it('by default gives codes a lens and case labels an inlay hint, so a long handler keeps its height', () => {
    assert.deepEqual(annotationChannels(defaultSettings, EDITOR_ALLOWS_ALL), {
      codes: { lens: true, inlay: false },
      caseLabels: { lens: false, inlay: true },
    });
  });

  it('maps each mode to its channels', () => {
    const modes = { lens: [true, false], inlayHint: [false, true], both: [true, true], hover: [false, false] } as const;
    for (const [mode, [lens, inlay]] of Object.entries(modes)) {
      const channels = annotationChannels({ ...defaultSettings, annotateCodes: mode as keyof typeof modes }, EDITOR_ALLOWS_ALL);
      assert.deepEqual(channels.codes, { lens, inlay }, mode);
    }
  });

  it('shows nothing the editor turned off, and does not move it to the other channel', () => {
    const both = { ...defaultSettings, annotateCodes: 'both', annotateCaseLabels: 'lens' } as const;
    assert.deepEqual(annotationChannels(both, { codeLens: false, inlayHints: true }), {
      codes: { lens: false, inlay: true },
      caseLabels: { lens: false, inlay: false },
    });
    assert.deepEqual(annotationChannels({ ...defaultSettings, annotateCodes: 'inlayHint' }, { codeLens: true, inlayHints: false }).codes, { lens: false, inlay: false });
  });

  it('keeps the older switches: codeLens.enabled off removes every lens, codeLens.caseLabels off those of case labels', () => {
    const lensEverywhere = { ...defaultSettings, annotateCaseLabels: 'lens' } as const;
    assert.deepEqual(annotationChannels({ ...lensEverywhere, codeLensEnabled: false }, EDITOR_ALLOWS_ALL).codes, { lens: false, inlay: false });
    assert.deepEqual(annotationChannels({ ...lensEverywhere, codeLensCaseLabels: false }, EDITOR_ALLOWS_ALL), {
      codes: { lens: true, inlay: false },
      caseLabels: { lens: false, inlay: false },
    });
  });

  it('reads editor.inlayHints.enabled: only "off" stops hints', () => {
    assert.deepEqual(['on', 'off', 'onUnlessPressed', 'offUnlessPressed', undefined].map(inlayHintsAllowed), [true, false, true, true, true]);
  });

  it('recognises ignored codes only among the listed ones', () => {
    assert.equal(isIgnoredCode(404, [200, 404]), true);
    assert.equal(isIgnoredCode(403, [200, 404]), false);
    assert.equal(isIgnoredCode(undefined, [404]), false);
  });
});
