import { Injectable } from '@nestjs/common';
import type { Actor } from '../../infra/auth/actor.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { ExpertsService } from '../experts/experts.service.js';
import { DEMO_ACTIVITIES, type DemoActivity } from '../programme/data/activities.data.js';
import { ACTIVITY_TITLE_TRANSLATIONS } from '../programme/data/activity-titles.data.js';
import {
  BUILDS_ON,
  CURRENT_ACTIVITIES,
  PROPOSAL_FIGURES,
  type CurrentDemoActivity,
} from '../programme/data/current-activities.data.js';
import type { CreateActivityInput } from '../programme/dto/activity.input.js';
import { ProgrammeRepository } from '../programme/programme.repository.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { RequestsRepository } from '../requests/requests.repository.js';
import { WorkshopsRepository } from '../workshops/workshops.repository.js';
import { WorkshopsService } from '../workshops/workshops.service.js';
import {
  COSTING_RATE_DATE,
  DEMO_ADVISORY_GROUP,
  DEMO_ROSTER_EXPERTS,
  DEMO_WORKSHOP_TRANSLATIONS,
  DEMO_WORKSHOPS,
} from './programme-demo.data.js';

const ACTIVITY_NOTE =
  'Dates and costs are illustrative: the source proposes the activity; its costing is in another paper (CTOC/COP/2008/17).';

const CURRENT_NOTE =
  'Under way in 2008 as the source describes it. No cost is recorded: the source gives none. Its sub-area and type are this tool’s classification.';

/** Which advisory group members served as resource persons at which workshop (illustrative). */
const RESOURCE_PERSONS: Record<string, string[]> = {
  'fn17-bogota': ['ESP', 'USA', 'BRA'],
  'fn17-kuala-lumpur': ['AUS', 'JPN', 'GBR'],
  'fn17-cairo': ['FRA', 'ITA', 'CHE'],
  'fn17-vienna': ['AUT', 'DEU', 'OSCE'],
  'fn17-dakar': ['FRA', 'PRT', 'CAN'],
};

/** What creating a demo activity (a proposal or current work) takes from its record. */
function createInputOf(a: DemoActivity | CurrentDemoActivity): CreateActivityInput {
  return {
    code: a.code,
    title: a.title,
    description: a.description,
    priorityAreaCode: a.priorityAreaCode,
    subAreaCode: a.subAreaCode ?? undefined,
    activityType: a.type,
    beneficiaryStates: a.beneficiaryStates,
    beneficiaryRegions: a.beneficiaryRegions,
    partners: a.partners,
    sourceParagraph: a.sourceParagraph,
    startsOn: a.startsOn ?? undefined,
    endsOn: a.endsOn ?? undefined,
  };
}

/** The programme of the demo: activities with costs and the needs they answer, workshops, the advisory group. */
@Injectable()
export class ProgrammeDemoLoader {
  constructor(
    private readonly programme: ProgrammeService,
    private readonly programmeRepository: ProgrammeRepository,
    private readonly requestsRepository: RequestsRepository,
    private readonly workshops: WorkshopsService,
    private readonly workshopsRepository: WorkshopsRepository,
    private readonly experts: ExpertsService,
    private readonly policies: AccessPolicies,
  ) {}

  async load(actor: Actor, stateName: (iso3: string) => Promise<string>): Promise<void> {
    await this.loadCurrentActivities(actor);
    await this.loadActivities(actor);
    await this.loadLinksAndFigures();
    const expertIds = await this.loadExperts(actor, stateName);
    await this.loadWorkshops(actor, expertIds);
    await this.loadTranslations();
  }

  /**
   * The French and Spanish titles (unofficial translations), written on every load, so a database loaded before
   * they existed gets them too. An activity retitled since in English keeps its own (the demo's are of the
   * English title it was loaded with).
   */
  private async loadTranslations(): Promise<void> {
    const activities = [...CURRENT_ACTIVITIES, ...DEMO_ACTIVITIES].flatMap((a) => {
      const t = ACTIVITY_TITLE_TRANSLATIONS[a.code];
      return t ? [{ externalRef: `demo:activity:${a.code}`, title: a.title, fr: t.fr, es: t.es }] : [];
    });
    await this.programmeRepository.setTitleTranslations(activities, false);
    for (const w of DEMO_WORKSHOPS) {
      const t = DEMO_WORKSHOP_TRANSLATIONS[w.key];
      if (t) await this.workshopsRepository.setTranslations(`demo:workshop:${w.key}`, { ...t, official: false });
    }
  }

  /** The work under way in 2008 (sections II.A–VI.A): no costs, the document's dates only. */
  private async loadCurrentActivities(actor: Actor): Promise<void> {
    for (const a of CURRENT_ACTIVITIES) {
      const externalRef = `demo:activity:${a.code}`;
      if (await this.programmeRepository.findByExternalRef(externalRef)) continue;
      const activity = await this.programme.create({ ...createInputOf(a), phase: 'CURRENT' }, actor, {
        externalRef,
        illustrativeNote: CURRENT_NOTE,
        section: a.section,
        figures: a.figures,
      });
      if (a.status === 'COMPLETED') {
        await this.programme.transition(
          activity.id,
          'COMPLETED',
          `Completed (${a.sourceParagraph})`,
          activity.version,
          actor,
        );
      }
    }
  }

  /**
   * Which proposal builds on which current activity, and the figures the document gives about proposals: written
   * on every load (each only where missing or different), so a database loaded before they existed gets them too.
   */
  private async loadLinksAndFigures(): Promise<void> {
    for (const [code, targets] of Object.entries(BUILDS_ON)) {
      const [builder, ...current] = await Promise.all(
        [code, ...targets].map((c) => this.programmeRepository.findByExternalRef(`demo:activity:${c}`)),
      );
      if (!builder) continue;
      await this.programmeRepository.addBuildsOn(
        builder.id,
        current.flatMap((a) => (a ? [a.id] : [])),
      );
    }
    for (const [code, figures] of Object.entries(PROPOSAL_FIGURES))
      await this.programmeRepository.setFigures(`demo:activity:${code}`, figures);
  }

  private async loadActivities(actor: Actor): Promise<void> {
    for (const a of DEMO_ACTIVITIES) {
      const externalRef = `demo:activity:${a.code}`;
      if (await this.programmeRepository.findByExternalRef(externalRef)) continue;
      let activity = await this.programme.create(
        { ...createInputOf(a), leadOfficeCode: a.leadOffice ?? undefined },
        actor,
        { externalRef, illustrativeNote: ACTIVITY_NOTE, section: a.section },
      );
      activity = await this.programme.setCostLines(
        {
          activityId: activity.id,
          expectedVersion: activity.version,
          basis: 'ORIGINAL',
          rateDate: COSTING_RATE_DATE,
          lines: a.costs.map((c) => ({ year: c.year, category: c.category, amount: c.amount })),
        },
        actor,
        { illustrative: true },
      );
      for (const need of a.answersNeeds) {
        const requestIds = await this.requestsRepository.demoRequestIdsBySource(need.sourceParagraph, need.kind);
        if (requestIds.length) activity = await this.programme.linkRequests(activity.id, requestIds, actor);
      }
      if (/funding already received/i.test(a.description)) {
        activity = await this.programme.transition(
          activity.id,
          'ENDORSED',
          'Illustrative step of the demo data',
          activity.version,
          actor,
        );
        await this.programme.transition(
          activity.id,
          'FUNDED',
          'Funding already received (para. 43)',
          activity.version,
          actor,
        );
      }
    }
  }

  private async loadExperts(actor: Actor, stateName: (iso3: string) => Promise<string>): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const [i, member] of DEMO_ADVISORY_GROUP.entries()) {
      const key = member.iso3 ?? 'OSCE';
      const name = member.iso3 ? `Expert from ${await stateName(member.iso3)}` : 'Expert from the OSCE';
      const expert = await this.experts.create(
        {
          name: `${name} (illustrative)`,
          nationalityIso3: member.iso3 ?? undefined,
          organisation: member.organisation,
          expertise: ['international-cooperation', 'mutual-legal-assistance', 'extradition'],
          languages: member.languages,
          legalSystem: member.legalSystem,
          gender: i % 2 === 0 ? 'FEMALE' : 'MALE',
          advisoryGroup: true,
        },
        actor,
        {
          externalRef: `demo:expert:${key}`,
          sourceParagraph: 'footnote 18',
          illustrativeNote:
            'The member’s State is from footnote 18; the name, organisation, languages and gender are illustrative.',
        },
      );
      ids.set(key, expert.id);
    }
    for (const [i, member] of DEMO_ROSTER_EXPERTS.entries()) {
      const expert = await this.experts.create(
        {
          name: `Expert from ${await stateName(member.iso3)} (illustrative)`,
          nationalityIso3: member.iso3,
          organisation: member.organisation,
          expertise: member.expertise,
          languages: member.languages,
          legalSystem: member.legalSystem,
          gender: i % 2 === 0 ? 'MALE' : 'FEMALE',
          advisoryGroup: false,
        },
        actor,
        {
          externalRef: `demo:expert:roster:${member.iso3}`,
          sourceParagraph: 'para. 46',
          illustrativeNote:
            'Illustrative: para. 46 proposes experts from beneficiary countries; this one, its State, name, ' +
            'organisation, languages, topics and gender are the demo’s.',
        },
      );
      ids.set(`roster:${member.iso3}`, expert.id);
    }
    return ids;
  }

  private async loadWorkshops(actor: Actor, expertIds: Map<string, string>): Promise<void> {
    for (const w of DEMO_WORKSHOPS) {
      const externalRef = `demo:workshop:${w.key}`;
      if (await this.workshopsRepository.existsByExternalRef(externalRef)) continue;
      let activityId: string | undefined;
      if (w.activity) {
        activityId =
          (await this.programmeRepository.idBySectionAndTitle(w.activity.section, w.activity.titleIncludes)) ??
          undefined;
      }
      const workshop = await this.workshops.create(
        {
          activityId,
          title: w.title,
          kind: w.kind,
          datePrecision: w.datePrecision ?? 'DAY',
          startsOn: w.startsOn,
          endsOn: w.endsOn,
          city: w.city,
          countryIso3: w.countryIso3 ?? undefined,
          region: w.region ?? undefined,
          organisers: w.organisers,
          languages: w.languages,
          fieldOfficeCode: w.fieldOfficeCode ?? undefined,
        },
        actor,
        {
          externalRef,
          illustrativeNote: w.illustrativeNote ?? undefined,
          sourceParagraph: w.sourceParagraph,
          status: w.status,
        },
      );
      for (const key of RESOURCE_PERSONS[w.key] ?? []) {
        const expertId = expertIds.get(key);
        // The source's record of who served (most of these workshops are held): history, not a booking.
        if (expertId) await this.experts.assign({ expertId, workshopId: workshop.id }, actor, { past: true });
      }
      if (w.participants || w.outcome) {
        await this.workshops.recordOutcome(
          workshop.id,
          {
            checklistsCompleted: w.outcome?.checklistsCompleted,
            statesUpdated: w.outcome?.statesUpdated,
            conclusions: w.outcome?.conclusions ?? '',
            participants: w.participants?.map((stateIso3) => ({ stateIso3 })),
            followUps: [],
          },
          this.policies.forActor(actor),
          { sourceParagraph: w.outcome?.sourceParagraph, at: new Date(`${w.endsOn}T17:00:00Z`) },
        );
      }
    }
  }
}
