import { CommandBus } from '@nestjs/cqrs';
import { OnRecommendation, Sent } from '../recommendations/recommendation-command';
import { Principal } from '../kernel/principal';
import { CommandContext } from '../event-sourcing/event-metadata';
import { DemoActors } from './demo-actors';
import { DemoStep } from './demo-data';

type ContextFor = (actor: Principal, key: string, effectiveDate: string) => CommandContext;

const evidenceOf = (items: { kind: 'link' | 'document'; title: string; url?: string; reference?: string }[] = []) =>
  items.map((e) => ({ kind: e.kind, title: e.title, url: e.url ?? null, reference: e.reference ?? null }));

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
      await this.commands.execute(new OnRecommendation(this.commandFor(id, step), this.contextFor(actor, `${key}:${index}`, step.at)));
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

  private commandFor(id: string, step: DemoStep): Sent {
    const organisation = (key: string) => this.actors.organisationId(key);
    const data = { recommendationId: id };
    switch (step.step) {
      case 'assign': {
        const supportingOrganisationIds = (step.supportingKeys ?? []).map(organisation);
        const assignment = { responsibleOrganisationId: organisation(step.organisationKey), supportingOrganisationIds, dueDate: step.dueDate };
        return { type: 'AssignRecommendation', data: { ...data, ...assignment } };
      }
      case 'accept':
        return { type: 'AcceptRecommendation', data };
      case 'decline':
        return { type: 'DeclineRecommendation', data: { ...data, reason: step.reason } };
      case 'start':
        return { type: 'StartWorkOnRecommendation', data };
      case 'progress':
        return { type: 'ReportProgress', data: { ...data, note: step.note, evidence: evidenceOf(step.evidence), percentComplete: step.percent ?? null } };
      case 'change-due-date':
        return { type: 'ChangeDueDate', data: { ...data, dueDate: step.dueDate, reason: step.reason } };
      case 'reassign': {
        const reassignment = { responsibleOrganisationId: organisation(step.organisationKey), dueDate: step.dueDate ?? null, reason: step.reason };
        return { type: 'ReassignRecommendation', data: { ...data, ...reassignment } };
      }
      case 'implement':
        return { type: 'MarkRecommendationImplemented', data: { ...data, summary: step.summary, evidence: evidenceOf(step.evidence) } };
      case 'verify':
        return { type: 'VerifyImplementation', data: { ...data, note: step.note ?? null } };
      case 'dispute':
        return { type: 'DisputeImplementation', data: { ...data, reason: step.reason } };
      case 'withdraw':
        return { type: 'WithdrawRecommendation', data: { ...data, reason: step.reason } };
    }
  }
}
