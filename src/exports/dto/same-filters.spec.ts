import { getMetadataStorage } from 'class-validator';
import { ListOrganisationsDto } from '../../organisations/dto/list-organisations.dto';
import { OrganisationFilterDto } from '../../projections/dto/organisation-filter.dto';
import { ListRecommendationsDto } from '../../recommendations/dto/list-recommendations.dto';
import { ExportOrganisationsDto } from './export-organisations.dto';
import { ExportOverdueDto, ExportScorecardsDto } from './export-read-model-list.dto';
import { ExportRecommendationsDto } from './export-recommendations.dto';

/** Each property's rules as class-validator holds them: name, type and constraints (the messages too). */
function rulesOf(dto: new () => object): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    const rule = JSON.stringify([m.name ?? m.type, m.constraints ?? [], m.each ?? false, m.message ?? null]);
    rules.set(m.propertyName, [...(rules.get(m.propertyName) ?? []), rule].sort());
  }
  return rules;
}

const EXPORT_ONLY = ['format', 'lang', 'columns'];
const PAGING = ['page', 'pageSize'];

/** An export takes its list's filters under the same names and rules (the DTOs are the lists' own HTTP shape, so repeated). */
describe("an export's filters", () => {
  it.each([
    ['recommendations', ListRecommendationsDto, ExportRecommendationsDto],
    ['organisations', ListOrganisationsDto, ExportOrganisationsDto],
    ['scorecards', OrganisationFilterDto, ExportScorecardsDto],
    ['overdue', OrganisationFilterDto, ExportOverdueDto],
  ] as const)('of %s are those of its list, but the page', (_, list, exported) => {
    const listed = rulesOf(list);
    const asked = rulesOf(exported);
    for (const name of PAGING) listed.delete(name);
    for (const name of EXPORT_ONLY) asked.delete(name);
    expect(listed.size).toBeGreaterThan(2);
    expect(Object.fromEntries(asked)).toEqual(Object.fromEntries(listed));
  });
});
