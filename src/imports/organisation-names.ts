import type { OrganisationListItem } from '../organisations/queries/list-organisations';
import type { RowProblem } from './import-preview';
import { nearestNames, normalisedName } from './nearest-names';
import type { ColumnKey } from './template-columns';

/** The registered organisations by name, as a spreadsheet spells them. */
export class OrganisationNames {
  private readonly byName = new Map<string, OrganisationListItem>();
  private readonly names: string[];

  constructor(organisations: OrganisationListItem[]) {
    for (const organisation of organisations) this.byName.set(normalisedName(organisation.name), organisation);
    this.names = organisations.filter((o) => o.active).map((o) => o.name);
  }

  /** The organisation the cell names, or a problem suggesting the nearest registered names. */
  find(name: string, field: ColumnKey, problems: RowProblem[], donorOnly = false): OrganisationListItem | undefined {
    const found = this.byName.get(normalisedName(name));
    if (!found) {
      const suggestions = nearestNames(name, this.names);
      problems.push({ field, rule: 'notRegistered', message: `no organisation "${name}" is registered`, params: { name }, suggestions });
    } else if (!found.active) {
      problems.push({ field, rule: 'deactivated', message: `"${found.name}" is deactivated: nothing new can be given to it`, params: { name: found.name } });
    } else if (donorOnly && found.kind !== 'donor') {
      problems.push({ field, rule: 'notADonor', message: `"${found.name}" is not a donor: only donors fund forums`, params: { name: found.name } });
    } else return found;
    return undefined;
  }
}
