import grpcNames from '../../../catalogs/names/grpc-status-constants.json';
import { libraryCaseLabels, type LibraryNames } from './libraryLabels';

/** The names files of `catalogs/names/` that are about one catalog's codes. */
const NAMES: readonly LibraryNames[] = [grpcNames as unknown as LibraryNames];

/** The labels of a catalog's codes in a language whose library names them (a gRPC status in Go: `codes.Unavailable`); undefined when none does. */
export function caseLabelsFor(catalogId: string, generatorId: string): ReadonlyMap<number, string> | undefined {
  return libraryCaseLabels(
    NAMES.find((names) => names.catalog === catalogId),
    generatorId,
  );
}
