import { CommandBus } from '@nestjs/cqrs';
import { Decide } from '../event-sourcing/decide';
import { AcceptRecommendation } from '../recommendations/commands/accept-recommendation';
import { AssignRecommendation } from '../recommendations/commands/assign-recommendation';
import { ChangeDueDate } from '../recommendations/commands/change-due-date';
import { DeclineRecommendation } from '../recommendations/commands/decline-recommendation';
import { DisputeImplementation } from '../recommendations/commands/dispute-implementation';
import { MarkRecommendationImplemented } from '../recommendations/commands/mark-recommendation-implemented';
import { ReassignRecommendation } from '../recommendations/commands/reassign-recommendation';
import { ReportProgress } from '../recommendations/commands/report-progress';
import { StartWorkOnRecommendation } from '../recommendations/commands/start-work-on-recommendation';
import { VerifyImplementation } from '../recommendations/commands/verify-implementation';
import { WithdrawRecommendation } from '../recommendations/commands/withdraw-recommendation';
import { Principal } from '../kernel/principal';
import { CommandContext } from '../event-sourcing/event-metadata';
import { DemoActors } from './demo-actors';
import { DemoStep } from './demo-data';

type ContextFor = (actor: Principal, key: string, effectiveDate: string) => CommandContext;

/** Turns a demo history step into the command the right person would have sent. */
export class DemoStepCommands {
  private responsible: string | null = null;

  constructor(
    private readonly commands: CommandBus,
    private readonly actors: DemoActors,
    private readonly contextFor: ContextFor,
  ) {}

  async replay(id: string, key: string, steps: DemoStep[], donorId: string): Promise<void> {
    this.responsible = null;
    for (const [index, step] of steps.entries()) {
      const actor = this.actorFor(step, donorId);
      await this.commands.execute(this.commandFor(id, step, this.contextFor(actor, `${key}:${index}`, step.at)));
      if (step.step === 'assign' || step.step === 'reassign') this.responsible = this.actors.organisationId(step.organisationKey);
      if (step.step === 'decline') this.responsible = null;
    }
  }

  private actorFor(step: DemoStep, donorId: string): Principal {
    switch (step.step) {
      case 'accept':
      case 'decline':
      case 'start':
      case 'progress':
      case 'implement':
        return this.actors.of(this.responsible as string);
      case 'verify':
      case 'dispute':
        return this.actors.of(donorId);
      default:
        return this.actors.coordinator;
    }
  }

  private commandFor(id: string, step: DemoStep, context: CommandContext): Decide {
    const organisation = (key: string) => this.actors.organisationId(key);
    switch (step.step) {
      case 'assign': {
        const supportingOrganisationIds = (step.supportingKeys ?? []).map(organisation);
        return new AssignRecommendation(
          id,
          { responsibleOrganisationId: organisation(step.organisationKey), supportingOrganisationIds, dueDate: step.dueDate },
          context,
        );
      }
      case 'accept':
        return new AcceptRecommendation(id, context);
      case 'decline':
        return new DeclineRecommendation(id, step, context);
      case 'start':
        return new StartWorkOnRecommendation(id, context);
      case 'progress':
        return new ReportProgress(id, { note: step.note, evidence: step.evidence, percentComplete: step.percent }, context);
      case 'change-due-date':
        return new ChangeDueDate(id, step, context);
      case 'reassign':
        return new ReassignRecommendation(id, { ...step, responsibleOrganisationId: organisation(step.organisationKey) }, context);
      case 'implement':
        return new MarkRecommendationImplemented(id, { summary: step.summary, evidence: step.evidence ?? [] }, context);
      case 'verify':
        return new VerifyImplementation(id, step, context);
      case 'dispute':
        return new DisputeImplementation(id, step, context);
      case 'withdraw':
        return new WithdrawRecommendation(id, step, context);
    }
  }
}
