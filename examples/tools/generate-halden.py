#!/usr/bin/env python3
"""Writes examples/halden-mutual.wedge, the example model Wedge opens on first run.

Halden Mutual is a fictional mid-size insurer whose L&D team uses AI a lot but is not in the room where AI
budgets are set. The numbers are made up but consistent: a year of monthly measurements per metric, weekly
pilot and comparison cohorts during the pilots, costs and benefits that give a plausible ROI.
Run it again after changing it; the output is deterministic (fixed random seed)."""
import datetime as dt
import random
import sys
from xml.sax.saxutils import quoteattr

random.seed(20261129)
out = []


def attrs(**kw):
    return ''.join(f' {k}={quoteattr(str(v))}' for k, v in kw.items() if v is not None)


def el(tag, indent, children=None, **kw):
    pad = '  ' * indent
    if not children:
        out.append(f'{pad}<{tag}{attrs(**kw)}/>')
    else:
        out.append(f'{pad}<{tag}{attrs(**kw)}>')
        children()
        out.append(f'{pad}</{tag}>')


D = dt.date
START = D(2025, 12, 1)

goals = [
    ('g-revenue', 'Grow new-business revenue', 'Marcus Oyelaran, Chief Revenue Officer'),
    ('g-customers', 'Keep our customers', 'Chief Operating Officer'),
    ('g-compliance', 'Stay compliant as we grow', 'Priya Raman, Chief Risk Officer'),
    ('g-efficiency', 'Run operations efficiently', 'Dana Whitfield, Chief Financial Officer'),
]

# id, name, kind, unit, direction, goal, owner, baseline, baselineDate, target, targetDate, valuePerUnit, cadence, sd,
# monthly start, monthly end, noise
metrics = [
    ('m-ttp', 'New-advisor time to productivity', 'TIME_TO_PRODUCTIVITY', 'days', 'DECREASE', 'g-revenue', 's-cro',
     94, D(2025, 12, 1), 70, D(2026, 12, 31), 310, 30, 9, 95, 86, 1.5),
    ('m-win', 'Broker sales win rate', 'SALES_WIN_RATE', '%', 'INCREASE', 'g-revenue', 's-cro',
     23.5, D(2025, 12, 1), 27, D(2026, 12, 31), 18000, 30, 6, 23.4, 24.6, 0.6),
    ('m-inc', 'Compliance incidents per 100 staff', 'COMPLIANCE_INCIDENT_RATE', 'incidents / 100 staff', 'DECREASE',
     'g-compliance', 's-cro-risk', 4.2, D(2025, 12, 1), 3.0, D(2026, 12, 31), 9500, 30, 1.4, 4.3, 3.9, 0.25),
    ('m-churn', 'Customer churn', 'CUSTOMER_CHURN', '% per year', 'DECREASE', 'g-customers', None,
     11.8, D(2025, 12, 1), 10.0, D(2026, 12, 31), 240000, 30, 3.0, 11.9, 11.2, 0.3),
    ('m-retention', 'First-year employee retention', 'RETENTION', '%', 'INCREASE', 'g-efficiency', None,
     78, D(2025, 12, 1), 85, D(2026, 12, 31), 21000, 30, 8, 77.5, 80.5, 0.8),
    ('m-claims', 'Claims handling time', 'OTHER', 'minutes per claim', 'DECREASE', 'g-customers', None,
     41, D(2025, 12, 1), 35, D(2026, 12, 31), 0.9, 30, 9, 41.5, 39.0, 0.7),
    ('m-nps', 'Customer satisfaction (NPS)', 'OTHER', 'NPS points', 'INCREASE', 'g-customers', None,
     31, D(2025, 12, 1), 36, D(2026, 12, 31), None, 30, 12, 30.5, 32.5, 1.0),
    ('m-cost', 'Cost per learning hour', 'COST', 'EUR', 'DECREASE', 'g-efficiency', 's-cfo',
     58, D(2025, 12, 1), 45, D(2026, 12, 31), 5200, 30, 10, 58.5, 49.0, 1.2),
    ('m-crosssell', 'Cross-sell revenue per advisor', 'REVENUE', 'kEUR per quarter', 'INCREASE', 'g-revenue', None,
     42, D(2025, 12, 1), 48, D(2026, 12, 31), 1000, 30, 9, 41.5, 43.0, 1.1),
]

stakeholders = [
    # id, name, role, group, influence, interest, stance, answer, concerns[(id, text, cause, severity)], actions[(...)], adkar
    ('s-cfo', 'Dana Whitfield', 'Chief Financial Officer', 'SENIOR_LEADER', 5, 3, 'SKEPTIC',
     'New advisors writing business two weeks sooner, in our own numbers, for less than it costs.',
     [('c-cfo', 'Has never seen an L&D business case she believes', 'CREDIBILITY', 'HIGH')],
     [('a-cfo', 'Walk her through the onboarding pilot results (difference in differences, ROI)', 'EVIDENCE',
       'c-cfo', 'Nora Kim', D(2026, 12, 10), 'IN_PROGRESS')], (4, 2, 3, 3, 2)),
    ('s-cro', 'Marcus Oyelaran', 'Chief Revenue Officer', 'SENIOR_LEADER', 5, 5, 'SUPPORTER',
     'Brokers closing more of the deals they already have in the pipeline.', [], [], (5, 4, 3, 3, 3)),
    ('s-cro-risk', 'Priya Raman', 'Chief Risk Officer', 'SENIOR_LEADER', 4, 3, 'NEUTRAL', None,
     [('c-risk', 'Who signs off AI-generated compliance content?', 'GOVERNANCE', 'MEDIUM')], [], None),
    ('s-sales', 'Tom Brecht', 'Head of Broker Sales', 'MANAGER', 4, 5, 'SKEPTIC',
     'Win rate up three points in the teams that use it, without my managers spending evenings on it.',
     [('c-sales', 'AI role-plays could teach the wrong product details', 'QUALITY', 'HIGH')],
     [('a-sales', 'More AI training for sales managers', 'TRAINING', 'c-sales', 'Nora Kim', D(2026, 11, 20),
       'PLANNED')], (4, 2, 2, 3, 1)),
    ('s-claims', 'Aisha Kamara', 'Claims team lead', 'MANAGER', 3, 4, 'NEUTRAL',
     'Handlers who need to ask a colleague less often.',
     [('c-claims', 'Assistant answers must match the current policy wording', 'QUALITY', 'MEDIUM')],
     [('a-claims', 'Show the claims assistant review process: every answer template checked by claims SMEs',
       'REVIEW_PROCESS', 'c-claims', 'Nora Kim', D(2026, 12, 15), 'PLANNED')], (4, 3, 3, 4, 2)),
    ('s-regional', 'Jens Moller', 'Regional sales manager', 'MANAGER', 3, 2, 'OPPONENT', None,
     [('c-regional', 'Generated course material looked generic and off-brand', 'QUALITY', 'MEDIUM')], [],
     (3, 1, 2, 2, 1)),
    ('s-hrbp', 'Sam Reyes', 'HR business partner', 'MANAGER', 3, 4, 'SUPPORTER',
     'Fewer new hires leaving in their first year.', [], [], None),
    ('s-advisor', 'Lena Fischer', 'New advisor (2026 intake)', 'EMPLOYEE', 1, 4, 'NEUTRAL',
     'Feeling confident with customers by my second month.',
     [('c-advisor', 'Will the AI coach replace my mentor?', 'CHANGE', 'MEDIUM')], [], (3, 3, 2, 2, 2)),
    ('s-council', 'Georg Albers', 'Works council representative', 'EMPLOYEE', 3, 4, 'SKEPTIC', None,
     [('c-council', 'AI used to monitor or rate employees', 'CHANGE', 'HIGH')],
     [('a-council', 'Involve the works council in the pilot design; publish what the AI will and will not do',
       'EARLY_INVOLVEMENT', 'c-council', 'Sam Reyes', D(2026, 12, 5), 'IN_PROGRESS')], (4, 2, 3, 3, 2)),
    ('s-handler', 'Sofia Marques', 'Claims handler', 'EMPLOYEE', 1, 3, 'SUPPORTER',
     'Answers in seconds instead of searching three systems.', [], [], (4, 4, 3, 3, 3)),
    ('s-actuary', 'Henrik Vos', 'Product actuary (SME)', 'SUBJECT_MATTER_EXPERT', 3, 4, 'SKEPTIC', None,
     [('c-actuary', 'AI drafts the product modules he has written for ten years', 'OWNERSHIP', 'HIGH')],
     [('a-actuary', 'Make Henrik the expert reviewer of every AI-drafted product module', 'EXPERT_REVIEWER',
       'c-actuary', 'Nora Kim', D(2026, 11, 30), 'DONE')], (4, 2, 4, 4, 2)),
    ('s-comptrainer', 'Maria Santos', 'Compliance trainer (SME)', 'SUBJECT_MATTER_EXPERT', 2, 5, 'NEUTRAL',
     'Micro-lessons the regulator would recognise as ours.',
     [('c-comptrainer', 'Loses ownership of the compliance curriculum', 'OWNERSHIP', 'MEDIUM')], [], None),
    ('s-underwriter', 'Ben Okafor', 'Senior underwriter (SME)', 'SUBJECT_MATTER_EXPERT', 2, 3, 'SUPPORTER',
     'Juniors asking better questions before they escalate.', [], [], None),
    ('s-dpo', 'Claire Dubois', 'Data protection officer', 'IT_LEGAL', 4, 4, 'SKEPTIC',
     'A data protection impact assessment signed before anyone scales this.',
     [('c-dpo', 'Role-play transcripts are personal data with no agreed retention', 'GOVERNANCE', 'HIGH')],
     [('a-dpo', 'Bring the DPO in as a partner on the role-play coach DPIA', 'GOVERNANCE_PARTNERSHIP', 'c-dpo',
       'Nora Kim', D(2026, 12, 12), 'IN_PROGRESS')], (5, 3, 4, 4, 3)),
    ('s-itsec', 'Raj Patel', 'IT security lead', 'IT_LEGAL', 3, 3, 'NEUTRAL', None,
     [('c-itsec', 'Vendor tools outside the approved list', 'GOVERNANCE', 'MEDIUM')], [], None),
    ('s-legal', 'Emma Lindqvist', 'Legal counsel', 'IT_LEGAL', 4, 2, 'NEUTRAL',
     'Being asked before, not after.', [], [], None),
]

initiatives = [
    # id, name, use, intent, usesAi, status, owner, problem, links[(id, metric, hypothesis, gap, expected)], risk
    ('i-drafting', 'AI course drafting', 'CONTENT_CREATION', 'EFFICIENCY', True, 'ACTIVE', 'Nora Kim',
     'Courses take six weeks to build', [('l-drafting', 'm-cost', 'Drafting with AI cuts development hours per learning hour', 'the development backlog', -8)],
     ('NONE', 'MINIMAL', None)),
    ('i-research', 'AI research summaries for SMEs', 'RESEARCH', 'EFFICIENCY', True, 'ACTIVE', 'Nora Kim',
     'SMEs spend hours reading regulation updates', [], ('NONE', 'MINIMAL', None)),
    ('i-onboarding', 'Personalized onboarding paths', 'PERSONALIZATION', 'STRATEGIC', True, 'ACTIVE', 'Nora Kim',
     'New advisors take three months to write their first ten policies',
     [('l-onboarding', 'm-ttp', 'Paths that skip what a hire already knows and drill what they do not shorten ramp-up',
       'the product-knowledge gap', -12)], ('NONE', 'LIMITED', None)),
    ('i-roleplay', 'AI sales role-play coach', 'COACHING', 'STRATEGIC', True, 'ACTIVE', 'Nora Kim',
     'Brokers lose deals at the objection stage',
     [('l-roleplay', 'm-win', 'Daily practice against realistic objections converts more late-stage deals',
       'the objection-handling gap', 3)], ('NONE', 'LIMITED', None)),
    ('i-compliance', 'Compliance micro-learning generator', 'CONTENT_CREATION', 'EFFICIENCY', True, 'PLANNED',
     'Maria Santos', 'Annual compliance course is forgotten by spring',
     [('l-compliance', 'm-inc', 'Short monthly refreshers keep rules in mind when they are applied',
       'the forgetting curve', -0.6)], ('NONE', 'MINIMAL', None)),
    ('i-analytics', 'Learning-to-churn analytics', 'REPORTING', 'STRATEGIC', True, 'ACTIVE', 'Nora Kim',
     'Nobody can say whether service training affects churn',
     [('l-analytics', 'm-churn', 'Linking training records to account churn shows which teams need help first',
       'the service-skills gap', -0.8)], ('NONE', 'MINIMAL', None)),
    ('i-claims', 'In-workflow claims assistant', 'DELIVERY', 'STRATEGIC', True, 'PLANNED', 'Aisha Kamara',
     'Handlers search three systems for policy answers',
     [('l-claims', 'm-claims', 'Answers at the point of need cut handling time', 'the policy-lookup gap', -4)],
     ('NONE', 'LIMITED', None)),
    ('i-translation', 'Course translation', 'TRANSLATION', 'EFFICIENCY', True, 'ACTIVE', 'Nora Kim',
     'Courses reach the Polish office months late', [], ('NONE', 'MINIMAL', None)),
    ('i-quiz', 'Adaptive quiz generator', 'ASSESSMENT', 'EFFICIENCY', True, 'ACTIVE', 'Maria Santos',
     'Quizzes are the same for everyone', [('l-quiz', 'm-inc', None, None, None)],
     ('LEARNING_OUTCOMES', 'UNASSESSED', None)),
    ('i-nudges', 'Manager coaching nudges', 'COACHING', 'STRATEGIC', True, 'IDEA', 'Sam Reyes',
     'First-year leavers say they never had a real conversation with their manager',
     [('l-nudges', 'm-retention', 'Weekly prompts make managers hold the conversations that keep new hires',
       'the manager-coaching gap', 3)], ('NONE', 'MINIMAL', None)),
    ('i-hrbot', 'HR policy chatbot', 'DELIVERY', 'EFFICIENCY', True, 'ACTIVE', 'Sam Reyes',
     'HR answers the same policy questions every day', [], ('NONE', 'LIMITED', None)),
    ('i-reviews', 'Performance-review writing assistant', 'OTHER', 'EFFICIENCY', True, 'IDEA', 'Sam Reyes',
     'Managers dread writing reviews', [], ('EMPLOYMENT_DECISIONS', 'HIGH',
                                            'Drafts only; the manager writes the rating. Not to be used before the DPIA and the works council agreement.')),
]


def monthly(mid, start, end, noise):
    pts = []
    for i in range(12):
        d = D(2025 + (11 + i) // 12, (11 + i) % 12 + 1, 1)
        v = start + (end - start) * i / 11 + random.gauss(0, noise)
        pts.append((f'{mid}-all-{i:02d}', d, round(v, 1), 'ALL', None, 'Monthly HR/CRM extract', None))
    return pts


def cohort_series(mid, pilot, start, weeks, p0, p1, c0, c1, noise, before=2):
    pts = []
    for w in range(-before, weeks + 1):
        d = start + dt.timedelta(weeks=w)
        frac = 0 if w <= 0 else w / weeks
        pv = p0 + (p1 - p0) * frac + random.gauss(0, noise)
        cv = c0 + (c1 - c0) * frac + random.gauss(0, noise)
        note = 'baseline' if w <= 0 else f'week {w}'
        pts.append((f'{mid}-p-{w + before:02d}', d, round(pv, 1), 'PILOT', pilot, 'Pilot tracker', note))
        pts.append((f'{mid}-c-{w + before:02d}', d, round(cv, 1), 'COMPARISON', pilot, 'Pilot tracker', note))
    return pts


def per_hire(mid, pilot, start, weeks, n_before, n_after, p0, p1, c0, c1, sd):
    """Time to productivity of individual hires: earlier hires of the pilot and comparison teams (before the start)
    and the hires of the pilot period (dated when they reached productivity, from the pilot's midpoint on)."""
    pts = []
    mid_day = start + dt.timedelta(days=weeks * 7 // 2)
    for cohort, code, before_mean, after_mean in [('PILOT', 'p', p0, p1), ('COMPARISON', 'c', c0, c1)]:
        for k in range(n_before):
            d = start - dt.timedelta(days=3 + (k * 61) // n_before)
            pts.append((f'{mid}-{code}b-{k:03d}', d, round(random.gauss(before_mean, sd)), cohort, pilot,
                        'HRIS: first ten policies', 'hired before the pilot'))
        for k in range(n_after):
            d = mid_day + dt.timedelta(days=(k * 63) // n_after)
            pts.append((f'{mid}-{code}a-{k:03d}', d, round(random.gauss(after_mean, sd)), cohort, pilot,
                        'HRIS: first ten policies', 'hired during the pilot'))
    return pts


P1_START = D(2026, 5, 4)
P2_START = D(2026, 10, 26)
extra = {
    'm-ttp': per_hire('m-ttp', 'p-onboarding', P1_START, 6, 40, 64, 94, 77, 94, 93, 9),
    'm-win': cohort_series('m-win', 'p-roleplay', P2_START, 4, 23.2, 25.4, 23.6, 23.9, 0.3),
}

out.append('<?xml version="1.0" encoding="UTF-8"?>')
out.append('<wedge:StrategyModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"'
           ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:wedge="http://wedge.dev/model/1"'
           ' xmlns:rd="http://consultancy.example/readiness/1" id="halden-mutual" name="Halden Mutual: AI in L&amp;D"'
           ' formatVersion="1" organization="Halden Mutual (fictional insurer, 2,400 staff)" currency="EUR"'
           ' timeZone="Europe/Oslo"'
           ' description="The L&amp;D team of Halden Mutual uses AI a lot but is not in the room where AI budgets are set.'
           ' This model ties its AI work to the metrics the executive team watches.">')
for gid, name, owner in goals:
    el('goals', 1, id=gid, name=name, owner=owner)
for (mid, name, kind, unit, direction, goal, owner, base, based, target, targetd, vpu, cadence, sd, m0, m1,
     noise) in metrics:
    pts = monthly(mid, m0, m1, noise) + extra.get(mid, [])
    pts.sort(key=lambda p: (p[1], p[3]))

    def children(pts=pts):
        for pid, d, v, cohort, pilot, source, note in pts:
            el('measurements', 2, id=pid, date=d.isoformat(), value=v, cohort=cohort, pilot=pilot, source=source,
               note=note)
    el('metrics', 1, children, id=mid, name=name, kind=kind, unit=unit, direction=direction, goal=goal, owner=owner,
       baseline=base, baselineDate=based.isoformat(), target=target, targetDate=targetd.isoformat(),
       valuePerUnit=vpu, cadenceDays=cadence, standardDeviation=sd)
for (iid, name, use, intent, ai, status, owner, problem, links, risk) in initiatives:
    def children(links=links):
        for lid, metric, hyp, gap, exp in links:
            el('links', 2, id=lid, metric=metric, hypothesis=hyp, gap=gap, expectedChange=exp)
    el('initiatives', 1, children, id=iid, name=name, use=use, intent=intent, usesAiContent=str(ai).lower(),
       status=status, owner=owner, businessProblem=problem, riskArea=risk[0] if risk[0] != 'NONE' else None,
       riskClass=risk[1] if risk[1] != 'UNASSESSED' else None, riskNote=risk[2])


def pilot1():
    el('criteria', 2, id='cr-onb-1', description='Pilot cohort productive at least 10 days sooner than the comparison group',
       metric='m-ttp', comparator='BEATS_COMPARISON_BY', threshold=10, agreedBy='s-cfo s-cro', agreedOn='2026-04-20',
       source='s-cfo')
    el('criteria', 2, id='cr-onb-2', description='Time to productivity of the pilot cohort at most 82 days',
       metric='m-ttp', comparator='AT_MOST', threshold=82, agreedBy='s-cro s-hrbp', agreedOn='2026-04-20')
    for cid, desc, cat, amount in [('co-onb-1', 'Path design and content adaptation (L&D time)', 'DEVELOPMENT', 38000),
                                   ('co-onb-2', 'Participant time (64 advisors x 7 h x EUR 50)', 'PARTICIPANT_TIME', 22400),
                                   ('co-onb-3', 'Adaptive learning platform licences (pilot share)', 'TOOLS', 9600),
                                   ('co-onb-4', 'Evaluation and data extraction', 'EVALUATION', 6000),
                                   ('co-onb-5', 'Coaching sessions by senior advisors', 'DELIVERY', 8000),
                                   ('co-onb-6', 'Programme management and facilities (overhead)', 'OVERHEAD', 8400)]:
        el('costs', 2, id=cid, description=desc, category=cat, amount=amount)
    el('benefits', 2, id='b-onb-1',
       description='Earlier productivity: 12 days sooner for 120 hires a year (1,440 hire-days at EUR 310)',
       metric='m-ttp', unitsChange=1440, confidence=0.7, isolation=0.8)


def pilot2():
    el('criteria', 2, id='cr-rp-1', description='Win rate at least 3 points above the comparison teams',
       metric='m-win', comparator='BEATS_COMPARISON_BY', threshold=3, agreedBy='s-sales s-cro', agreedOn='2026-10-19',
       source='s-sales')
    for cid, desc, cat, amount in [('co-rp-1', 'Scenario writing with brokers and SMEs', 'DEVELOPMENT', 21000),
                                   ('co-rp-2', 'Participant time (40 brokers x 6 h x EUR 60)', 'PARTICIPANT_TIME', 14400),
                                   ('co-rp-3', 'Role-play coach licences', 'TOOLS', 12000)]:
        el('costs', 2, id=cid, description=desc, category=cat, amount=amount)
    el('benefits', 2, id='b-rp-1', description='Win rate +3 points on the pilot teams\' pipeline', metric='m-win',
       unitsChange=3, confidence=0.5, isolation=0.7)


el('pilots', 1, pilot1, id='p-onboarding', name='Onboarding fast-track for new advisors',
   businessProblem='New advisors take three months to write their first ten policies', problemKind='SKILLS_GAP',
   sponsor='s-cro', initiative='i-onboarding', primaryMetric='m-ttp', startDate=P1_START.isoformat(),
   durationWeeks=6, design='DIFFERENCE_IN_DIFFERENCES', participants=64, comparisonSize=64, targetEffect=10,
   status='EVALUATING', frozenOn=P1_START.isoformat(), plannedToApply=0.82)
el('pilots', 1, pilot2, id='p-roleplay', name='Role-play coach for broker sales',
   businessProblem='Brokers lose deals at the objection stage', problemKind='SKILLS_GAP', sponsor='s-cro',
   initiative='i-roleplay', primaryMetric='m-win', startDate=P2_START.isoformat(), durationWeeks=6,
   design='COMPARISON_GROUP', participants=40, comparisonSize=40, targetEffect=3, status='RUNNING',
   frozenOn=P2_START.isoformat())
el('pilots', 1, None, id='p-compliance', name='Monthly compliance refreshers',
   businessProblem='Incidents cluster in the months after the annual course', problemKind='COMPLIANCE_DEADLINE',
   sponsor='s-cro-risk', initiative='i-compliance', primaryMetric='m-inc', durationWeeks=8,
   durationReason='Incidents are reported monthly: two full reporting cycles', design='PRE_POST', participants=300,
   status='DRAFT')

for (sid, name, role, group, infl, inter, stance, answer, concerns, actions, adkar) in stakeholders:
    def children(concerns=concerns, actions=actions):
        for cid, text, cause, sev in concerns:
            el('concerns', 2, id=cid, description=text, rootCause=cause, severity=sev)
        for aid, text, kind, concern, owner, due, status in actions:
            el('actions', 2, id=aid, description=text, kind=kind, concern=concern, owner=owner,
               dueDate=due.isoformat(), status=status)
    a = adkar or (None,) * 5
    el('stakeholders', 1, children, id=sid, name=name, role=role, group=group, influence=infl, interest=inter,
       stance=stance, successAnswer=answer, awareness=a[0], desire=a[1], knowledge=a[2], ability=a[3],
       reinforcement=a[4])


def governance():
    for rid, name, wf, reviewer, role in [
            ('r-drafting', 'SME sign-off before publishing', 'i-drafting', 's-actuary', 'Product SME'),
            ('r-onboarding', 'Path content checked by a senior advisor', 'i-onboarding', 's-underwriter', 'Senior underwriter'),
            ('r-roleplay', 'Scenario library reviewed by sales and product SMEs', 'i-roleplay', 's-actuary', 'Product SME'),
            ('r-translation', 'Native-speaker review of translated modules', 'i-translation', None, 'Polish office trainer')]:
        el('reviewSteps', 2, id=rid, name=name, workflow=wf, reviewer=reviewer, reviewerRole=role)
    for did, name, personal, purpose, access, retention, used in [
            ('d-lms', 'LMS completions and time spent', 'true', 'Adapt paths; report progress', 'L&D analysts; own manager', '3 years', 'i-onboarding i-analytics'),
            ('d-quiz', 'Quiz answers and scores', 'true', 'Adapt practice to gaps', 'L&D analysts', '12 months', 'i-quiz i-onboarding'),
            ('d-roleplay', 'Role-play transcripts and feedback', 'true', 'Feedback to the learner', None, None, 'i-roleplay'),
            ('d-hris', 'Hire dates and first-policy dates (HRIS)', 'true', 'Measure time to productivity', 'HR analytics; L&D analysts', '3 years', 'i-onboarding'),
            ('d-crm', 'Deal outcomes per team (CRM)', 'false', 'Measure win rate per team', 'Sales operations; L&D analysts', '5 years', 'i-roleplay i-analytics')]:
        el('learnerData', 2, id=did, name=name, personal=personal, purpose=purpose, access=access, retention=retention,
           usedBy=used)
    el('consultations', 2, id='k-legal-onb', party='Legal', who='Emma Lindqvist', date='2026-04-15',
       outcome='APPROVED', note='Onboarding paths: no automated decisions about people; OK to pilot and scale',
       initiatives='i-onboarding')
    el('consultations', 2, id='k-dpo-rp', party='Data protection', who='Claire Dubois', date='2026-10-12',
       outcome='PENDING', note='DPIA for role-play transcripts requested before scaling', initiatives='i-roleplay')


el('governance', 1, governance, id='gov',
   dataStatement='We use LMS, quiz and HRIS data to adapt learning and to measure its effect on business metrics;'
                 ' L&D analysts see it pseudonymized, managers see only their own team, nobody uses it to rate people.')


def maturity():
    for use, pct in [('CONTENT_CREATION', 38), ('RESEARCH', 22), ('PERSONALIZATION', 12), ('COACHING', 8),
                     ('REPORTING', 8), ('DELIVERY', 7), ('ASSESSMENT', 5)]:
        el('efforts', 2, id='e-' + use.lower(), use=use, percent=pct)


el('maturity', 1, maturity, id='maturity', stage='RECENTLY_STARTED', assessedOn='2026-09-01')

# content of the example consultancy plug-in (examples/dev.wedge.example.readiness): readiness interviews, kept in
# the model's plug-in slot; Wedge keeps it as it is when that plug-in is not installed
for iid, who, day, score, notes, answers in [
        ('rd-1', 's-sales', '2026-10-02', 2, 'Wants proof the scenarios are right before his teams use them',
         [('What does success look like to you?', 'Win rate up three points in the pilot teams'),
          ('Who should review AI content?', 'Product SMEs, before anything reaches brokers')]),
        ('rd-2', 's-regional', '2026-10-05', 1, 'Saw generic course material last year; not interested',
         [('What does success look like to you?', 'Nothing off-brand reaches my region')]),
        ('rd-3', 's-advisor', '2026-10-08', 3, 'Keen, worried about losing her mentor', [])]:
    def children(answers=answers):
        for q, t in answers:
            el('answers', 2, question=q, text=t)
    out.append(f'  <extensions xsi:type="rd:Interview" id="{iid}" interviewee="{who}" date="{day}" readiness="{score}"'
               f' notes={quoteattr(notes)}' + ('>' if answers else '/>'))
    if answers:
        children()
        out.append('  </extensions>')
out.append('</wedge:StrategyModel>')

path = sys.argv[1] if len(sys.argv) > 1 else 'examples/halden-mutual.wedge'
with open(path, 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')
print('wrote', path)
