import vscode = require('vscode');
import { parseDetailPanelState, restoreMatches } from '../core/render/detailState';
import type { CatalogStore } from '../services/catalogStore';
import { DETAIL_VIEW_TYPE, type DetailView } from './detailView';

export interface DetailViewSerializerDeps {
  readonly catalogs: CatalogStore;
  readonly detailView: DetailView;
  readonly log: vscode.LogOutputChannel;
}

/**
 * Brings the detail view back after a window reload: the page stored which
 * entries it showed (catalog id and code), and they are looked up again in
 * the catalogs loaded now. A state that no longer matches anything closes
 * the panel instead of showing an empty one.
 */
export function registerDetailViewSerializer(deps: DetailViewSerializerDeps): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(DETAIL_VIEW_TYPE, {
    deserializeWebviewPanel: async (panel, state: unknown) => {
      try {
        const parsed = parseDetailPanelState(state);
        if (!parsed) {
          panel.dispose();
          return;
        }
        const index = await deps.catalogs.index();
        const { matches, selected } = restoreMatches(parsed, (catalogId, code) => {
          const catalog = index.catalog(catalogId);
          return catalog && index.entryOf(catalog, code);
        });
        deps.detailView.restore(panel, matches, selected);
      } catch (error) {
        deps.log.error(`Restoring the detail view failed: ${String(error)}`);
        panel.dispose();
      }
    },
  });
}
