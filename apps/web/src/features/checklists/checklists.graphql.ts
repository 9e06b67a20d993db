import { graphql } from '@ta/graphql-types';

/** The cycles, and for the one chosen who has reported: by region (counted by the API) and State by State. */
export const reportingCyclesQuery = graphql(`
  query ReportingCycles {
    reportingCycles {
      id
      name
      openedBy
      openedYear
      instruments
    }
  }
`);

export const cycleReportingQuery = graphql(`
  query CycleReporting($id: ID!) {
    reportingCycle(id: $id) {
      id
      name
      openedBy
      openedYear
      instruments
      sourceParagraph
      questionnaireVersion
      reportedCounts {
        region
        states
        submitted
        updated
        inProgress
        notReported
      }
      reportedByState {
        stateIso3
        region
        status
        submittedOn
      }
    }
  }
`);

/** What the checklist page reads of a cycle for one State (`$iso3`): its questionnaire and the State's entry. */
export const checklistCycleFields = graphql(`
  fragment ChecklistCycleFields on ReportingCycle {
    id
    name
    questionnaireVersion
    questions {
      ...ChecklistQuestionFields
    }
    answersByState(stateIso3: $iso3) {
      ...ChecklistEntryFields
      questions {
        ...ChecklistQuestionFields
      }
    }
  }
`);

/** One State's checklist in a cycle: the questionnaire in the chosen language and what was saved so far. */
export const checklistQuery = graphql(`
  query Checklist($id: ID!, $iso3: String!, $lang: Language!) {
    reportingCycle(id: $id) {
      ...ChecklistCycleFields
    }
  }
`);

/** The checklist read again after a refused save (another document: the page shows it only if a draft carries). */
export const checklistNowQuery = graphql(`
  query ChecklistNow($id: ID!, $iso3: String!, $lang: Language!) {
    reportingCycle(id: $id) {
      ...ChecklistCycleFields
    }
  }
`);

/** A version of the cycle's questionnaire (e.g. an older one, whose questions a draft on the device answered). */
export const questionsOfVersionQuery = graphql(`
  query ChecklistQuestionsOfVersion($id: ID!, $version: Int!, $lang: Language!) {
    reportingCycle(id: $id) {
      id
      questions(version: $version) {
        ...ChecklistQuestionFields
      }
    }
  }
`);

export const checklistQuestionFields = graphql(`
  fragment ChecklistQuestionFields on ChecklistQuestion {
    id
    code
    instrumentCode
    article
    illustrative
    section(lang: $lang)
    text(lang: $lang)
  }
`);

export const checklistEntryFields = graphql(`
  fragment ChecklistEntryFields on ChecklistEntry {
    id
    stateIso3
    status
    submittedOn
    focalPoint
    version
    questionnaireVersion
    answers {
      id
      questionId
      answer
      comment
      needsAssistance
      assistanceKind
      assistanceTopics
      requestId
      version
    }
  }
`);

export const submitChecklistMutation = graphql(`
  mutation SubmitChecklist($input: SubmitChecklistInput!) {
    submitChecklist(input: $input) {
      ...ChecklistEntryFields
    }
  }
`);

export const acceptChecklistNeedMutation = graphql(`
  mutation AcceptChecklistNeed($answerId: ID!) {
    acceptChecklistNeed(answerId: $answerId) {
      id
      requestId
      version
    }
  }
`);

/** The cycle's current questionnaire in its three languages, to start a new version from. */
export const questionnaireQuery = graphql(`
  query Questionnaire($id: ID!) {
    reportingCycle(id: $id) {
      id
      instruments
      questionnaireVersion
      questions {
        id
        code
        instrumentCode
        article
        illustrative
        sectionEn: section(lang: EN)
        sectionFr: section(lang: FR)
        sectionEs: section(lang: ES)
        textEn: text(lang: EN)
        textFr: text(lang: FR)
        textEs: text(lang: ES)
      }
    }
  }
`);

export const publishQuestionnaireVersionMutation = graphql(`
  mutation PublishQuestionnaireVersion($input: PublishQuestionnaireVersionInput!) {
    publishQuestionnaireVersion(input: $input) {
      id
      questionnaireVersion
    }
  }
`);
