import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { ORGANISATION_KINDS, type OrganisationKind } from '../organisation.events';
import { organisationDecider } from '../organisation.decider';

export class ChangeOrganisationKindDto {
  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'international_ngo' })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;
}

/** A coordinator puts right the kind an organisation was registered with (a donor stays a donor). */
export class ChangeOrganisationKind extends Decide<typeof organisationDecider> {
  constructor(organisationId: string, body: ChangeOrganisationKindDto, context: CommandContext) {
    super(organisationDecider, organisationId, { type: 'ChangeOrganisationKind', data: { organisationId, kind: body.kind } }, context);
  }
}
