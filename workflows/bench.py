"""Bench data and scenarios of the workspace.

``generate`` fills the workspace with two years of processes (training, conferences,
consultations, reporting) as the flows would have left them: each process is simulated
step by step on a clock, so those started long ago are finished and those started in
the last weeks still wait in the inboxes, some past their deadline. The rows are written
in bulk (tasks, routes, participations, artifacts); victim referrals are left alone, their
case data being confidential.

``scenarios`` are a process staff member's task inbox, and a case page opened by a case
worker who passed the second factor.
"""

import datetime
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field

from django.urls import reverse

from portal.bench.hooks import Scenario

PROCESSES_AT_SCALE_1 = 5000
BATCH = 500  # processes written per transaction
# Share of each flow among the generated processes (reports are few: one per period).
FLOW_WEIGHTS = {"training": 35, "conference": 25, "consultation": 30, "reporting": 10}
SPAN_DAYS = 730
SEED = 20261129


@dataclass
class _Task:
    """A task before it is written: refs to other tasks are indexes in the batch."""

    node: object
    created: datetime.datetime
    status: str = "DONE"
    finished: datetime.datetime | None = None
    owner_id: int | None = None
    assigned: datetime.datetime | None = None
    data: dict = field(default_factory=dict)
    previous: list = field(default_factory=list)
    split: int | None = None  # index of the split task for a branch token
    branch: int = 0
    route: tuple | None = None  # (agency_id, role, function, due_at)


@dataclass
class _Process:
    """A process before it is written, with its task list and artifacts."""

    flow_class: object
    created: datetime.datetime
    fields: dict
    data: dict
    m2m: dict = field(default_factory=dict)  # field name: [agency ids]
    tasks: list = field(default_factory=list)
    participations: dict = field(default_factory=dict)  # agency id: kind
    artifacts: list = field(default_factory=list)  # (kind, dict)
    finished: datetime.datetime | None = None


class _Directory:
    """The demo agencies of today and who holds which role there. Processes before the
    July 2025 reform are routed to today's agencies too: the demo users' memberships
    start with the reform, and they must be able to open what they worked on."""

    def __init__(self):
        from portal.directory.models import Agency, Membership

        self.ids = dict(Agency.objects.current().values_list("slug", "pk"))
        self.holders = defaultdict(list)
        for membership in Membership.objects.current().prefetch_related("roles"):
            for group in membership.roles.all():
                self.holders[(membership.agency_id, group.name)].append(
                    membership.user_id
                )

    def agency(self, slug):
        return self.ids[slug]

    def holder(self, slug, role, rng):
        users = self.holders.get((self.ids[slug], role))
        return rng.choice(users) if users else None

    def with_role(self, role):
        return sorted(s for s, pk in self.ids.items() if (pk, role) in self.holders)


class _Sim:
    """Runs one process on a clock: a task finishing after ``now`` stays open."""

    def __init__(self, gen, process):
        self.gen, self.process, self.rng = gen, process, gen.rng

    def _duration(self, days):
        # Most steps are done within their deadline; about one in six is late.
        limit = days or 4
        if self.rng.random() < 0.15:
            return datetime.timedelta(days=limit * self.rng.uniform(1.0, 3.0))
        return datetime.timedelta(days=limit * self.rng.uniform(0.05, 0.9))

    def _add(self, task):
        self.process.tasks.append(task)
        return len(self.process.tasks) - 1

    def gate(self, node, at, previous):
        """A gateway, function or end: done when reached."""
        return self._add(_Task(node, at, finished=at, previous=previous)), at

    def human(
        self,
        node,
        at,
        previous,
        slug,
        role,
        *,
        owner=None,
        days=None,
        due=None,
        data=None,
        function="",
        split=None,
        branch=0,
    ):
        """A task routed to ``slug``'s ``role``; returns (index, finished or None)."""
        from workflows.deadlines import end_of_day

        agency = self.gen.dir.agency(slug)
        if due is None and days is not None:
            due = end_of_day(at.date() + datetime.timedelta(days=days))
        task = _Task(
            node,
            at,
            data=data or {},
            previous=previous,
            split=split,
            branch=branch,
            route=(agency, role, function, due),
        )
        finish = at + self._duration(days)
        if finish > self.gen.now:
            task.status, task.finished = ("ASSIGNED", None) if owner else ("NEW", None)
            task.owner_id, task.assigned = owner, (at if owner else None)
            finish = None
        else:
            task.finished = finish
            task.owner_id = owner or self.gen.dir.holder(slug, role, self.rng)
            task.assigned = at + (finish - at) / 4
        self.process.participations.setdefault(agency, "invited")
        return self._add(task), finish

    def split(
        self, split_node, branch_node, at, previous, slugs, role, days=None, due=None
    ):
        """A parallel split with one ``branch_node`` task per agency; returns the
        branches as [(slug, index, finished or None)]."""
        split, _ = self.gate(split_node, at, previous)
        branches = []
        for n, slug in enumerate(slugs, start=1):
            index, finish = self.human(
                branch_node,
                at,
                [split],
                slug,
                role,
                days=days,
                due=due,
                data={"agency": self.gen.dir.agency(slug)},
                split=split,
                branch=n,
            )
            branches.append((slug, index, finish))
        return branches

    def join(self, node, branches):
        """The join: created by the first branch done, done with the last one."""
        done = [(i, f) for _s, i, f in branches if f is not None]
        if not done:
            return None, None
        first = min(f for _i, f in done)
        complete = len(done) == len(branches)
        last = max(f for _i, f in done) if complete else None
        task = _Task(node, first, previous=[i for i, _f in done], finished=last)
        if not complete:
            task.status = "STARTED"
        return self._add(task), last

    def end(self, node, at, previous):
        self.gate(node, at, previous)
        self.process.finished = at


class _Generator:
    def __init__(self, scale, stdout):
        from django.utils import timezone

        self.rng = random.Random(SEED)  # noqa: S311 - made-up data, not secrets
        self.now = timezone.now()
        self.stdout = stdout
        self.total = max(1, round(PROCESSES_AT_SCALE_1 * scale))
        self.dir = _Directory()
        self.staff = self.dir.with_role("process_staff")
        heads = set(self.dir.with_role("agency_head"))
        # Who organises needs a head (approval) and process staff.
        self.organisers = [s for s in self.staff if s in heads]
        self._settings()

    def _settings(self):
        from workflows.consultations.models import ConsultationDocument
        from workflows.reporting.models import Indicator
        from workflows.training.models import Questionnaire

        form = Questionnaire.objects.filter(active=True).first()
        self.questionnaire = form.pk if form else None
        self.questions = (
            [{"id": q.pk, "text": q.text, "kind": q.kind} for q in form.questions.all()]
            if form
            else []
        )
        self.indicators = [i.snapshot() for i in Indicator.objects.filter(active=True)]
        # Generated drafts share the demo draft's stored file: no files are written.
        draft = ConsultationDocument.objects.filter(kind="draft").first()
        self.draft_file = draft.file.name if draft else None

    def _created(self):
        """A start date in the last two years, more of them recent (the portal's use
        grows), never in the future."""
        days = SPAN_DAYS * (1 - self.rng.random() ** 1.3)
        return self.now - datetime.timedelta(days=days, hours=self.rng.uniform(0, 10))

    def _others(self, exclude, low, high):
        pool = [s for s in self.staff if s != exclude]
        return sorted(
            self.rng.sample(pool, min(len(pool), self.rng.randint(low, high)))
        )

    def _people_per_branch(self, process, branches, kind, most):
        """One to ``most`` people (participants, delegates) named by each agency whose
        branch finished."""
        for branch_slug, _i, finish in branches:
            if finish is not None:
                for k in range(self.rng.randint(1, most)):
                    process.artifacts.append((kind, (self.dir.agency(branch_slug), k)))

    # One function per flow: the path the flow takes, with its artifacts.

    def training(self, n):
        from workflows.training.flows import TrainingFlow as F

        rng, created = self.rng, self._created()
        slug = rng.choice(self.organisers)
        proposer = self.dir.holder(slug, "process_staff", rng)
        invited = self._others(slug, 2, 4)
        topic = rng.choice(TRAINING_TOPICS)
        title = f"{topic} (lớp {n + 1})"
        process = _Process(
            F,
            created,
            fields={
                "title": title,
                "audience": rng.choice(AUDIENCES),
                "agenda": "Sáng: lý thuyết.\nChiều: thực hành tình huống.",
                "starts_at": created + datetime.timedelta(days=rng.randint(20, 45)),
                "place": rng.choice(PLACES),
                "trainers": rng.choice(TRAINERS),
                "organiser_id": self.dir.agency(slug),
                "proposed_by_id": proposer,
                "questionnaire_id": self.questionnaire,
            },
            data={"label": title[:80], "questions": self.questions},
            m2m={"invited": [self.dir.agency(s) for s in invited]},
        )
        process.participations[self.dir.agency(slug)] = "organiser"
        sim = _Sim(self, process)
        start, at = sim.gate(F.start, created, [])
        process.tasks[start].owner_id = proposer
        previous, returned = [start], rng.random() < 0.15
        while True:
            i, at = sim.human(F.approve, at, previous, slug, "agency_head", days=5)
            if at is None:
                return process
            check, at = sim.gate(F.check_approved, at, [i])
            if not returned:
                process.fields["approved"] = True
                break
            returned = False
            process.fields["decision_comment"] = "Bổ sung dự toán kinh phí."
            i, at = sim.human(
                F.revise, at, [check], slug, "process_staff", owner=proposer, days=5
            )
            if at is None:
                process.fields["approved"] = False
                return process
            previous = [i]
        for node, days in ((F.attach_materials, 5), (F.invite, 3)):
            check, at = sim.human(
                node, at, [check], slug, "process_staff", owner=proposer, days=days
            )
            if at is None:
                return process
        branches = sim.split(
            F.split_nominations,
            F.nominate,
            at,
            [check],
            invited,
            "process_staff",
            days=7,
        )
        self._people_per_branch(process, branches, "participant", most=3)
        join, at = sim.join(F.join_nominations, branches)
        if at is None:
            return process
        i, at = sim.human(
            F.record_attendance, at, [join], slug, "process_staff", owner=proposer
        )
        if at is None:
            return process
        process.artifacts.append(("attendance", None))
        check, at = sim.gate(F.check_attendance, at, [i])
        attending = [s for s, _i, _f in branches]
        branches = sim.split(
            F.split_evaluations,
            F.evaluate,
            at,
            [check],
            attending,
            "process_staff",
            days=7,
        )
        for branch_slug, _i, finish in branches:
            if finish is not None:
                process.artifacts.append(("evaluations", self.dir.agency(branch_slug)))
        join, at = sim.join(F.join_evaluations, branches)
        if at is None:
            return process
        i, at = sim.human(
            F.report, at, [join], slug, "process_staff", owner=proposer, days=10
        )
        if at is None:
            return process
        process.fields["report_summary"] = (
            "Khóa học đạt yêu cầu; học viên đánh giá tốt."
        )
        sim.end(F.end, at, [i])
        return process

    def conference(self, n):
        from workflows.conferences.flows import ConferenceFlow as F

        rng, created = self.rng, self._created()
        slug = rng.choice(self.organisers)
        proposer = self.dir.holder(slug, "process_staff", rng)
        co = self._others(slug, 0, 1)
        invited = [s for s in self._others(slug, 2, 4) if s not in co]
        kind, label = rng.choice(CONFERENCE_KINDS)
        title = f"{label} {rng.choice(CONFERENCE_TOPICS)} (lần {n + 1})"
        process = _Process(
            F,
            created,
            fields={
                "title": title,
                "kind": kind,
                "agenda": "Báo cáo đề dẫn; tham luận của các cơ quan; thảo luận.",
                "starts_at": created + datetime.timedelta(days=rng.randint(15, 40)),
                "place": rng.choice(PLACES),
                "organiser_id": self.dir.agency(slug),
                "proposed_by_id": proposer,
            },
            data={"label": title[:80]},
            m2m={
                "co_organisers": [self.dir.agency(s) for s in co],
                "invited": [self.dir.agency(s) for s in invited],
            },
        )
        process.participations[self.dir.agency(slug)] = "organiser"
        for s in co:
            process.participations[self.dir.agency(s)] = "organiser"
        sim = _Sim(self, process)
        start, at = sim.gate(F.start, created, [])
        process.tasks[start].owner_id = proposer
        i, at = sim.human(F.approve, at, [start], slug, "agency_head", days=5)
        if at is None:
            return process
        process.fields["approved"] = True
        check, at = sim.gate(F.check_approved, at, [i])
        i, at = sim.human(
            F.invite, at, [check], slug, "process_staff", owner=proposer, days=3
        )
        if at is None:
            return process
        branches = sim.split(
            F.split_responses,
            F.respond,
            at,
            [i],
            sorted(set(co + invited)),
            "process_staff",
            days=7,
        )
        self._people_per_branch(process, branches, "delegate", most=2)
        join, at = sim.join(F.join_responses, branches)
        if at is None:
            return process
        i, at = sim.human(F.hold, at, [join], slug, "process_staff", owner=proposer)
        if at is None:
            return process
        process.fields["minutes"] = "Các cơ quan thống nhất quy chế trao đổi thông tin."
        process.fields["outcomes"] = "Kiến nghị tổ chức tập huấn chung hằng năm."
        check, at = sim.gate(F.check_news, at, [i])
        sim.end(F.end, at, [check])
        return process

    def consultation(self, n):
        from workflows.consultations.flows import ConsultationFlow as F
        from workflows.deadlines import end_of_day

        rng, created = self.rng, self._created()
        slug = rng.choice(self.staff)
        opener = self.dir.holder(slug, "process_staff", rng)
        consulted = self._others(slug, 2, 5)
        deadline = created.date() + datetime.timedelta(days=rng.randint(10, 20))
        title = f"Dự thảo {rng.choice(DRAFTS)} (số {n + 1})"
        process = _Process(
            F,
            created,
            fields={
                "title": title,
                "summary": "Lấy ý kiến các cơ quan phối hợp.",
                "deadline": deadline,
                "lead_agency_id": self.dir.agency(slug),
                "opened_by_id": opener,
            },
            data={"label": title[:80]},
            m2m={"consulted": [self.dir.agency(s) for s in consulted]},
        )
        process.participations[self.dir.agency(slug)] = "organiser"
        process.artifacts.append(("draft", (title, opener)))
        sim = _Sim(self, process)
        start, at = sim.gate(F.start, created, [])
        process.tasks[start].owner_id = opener
        due = end_of_day(deadline)
        branches = sim.split(
            F.split_answers, F.answer, at, [start], consulted, "process_staff", due=due
        )
        for branch_slug, index, finish in branches:
            task = process.tasks[index]
            if finish is not None and finish > due:
                # Closed by the deadline check: "no answer", nobody owns it.
                task.finished = min(finish, due + datetime.timedelta(hours=1))
                task.owner_id = None
                status = "no_answer"
            elif finish is not None:
                status = rng.choice(["comments", "comments", "no_comment"])
            else:
                continue
            process.artifacts.append(
                ("answer", (self.dir.agency(branch_slug), status, task.owner_id))
            )
        branches = [(s, i, process.tasks[i].finished) for s, i, _f in branches]
        join, at = sim.join(F.join_answers, branches)
        if at is None:
            return process
        previous = join
        for node, days in ((F.consolidate, 7), (F.submit, 5), (F.record_issued, None)):
            previous, at = sim.human(
                node, at, [previous], slug, "process_staff", owner=opener, days=days
            )
            if at is None:
                return process
            if node is F.submit:
                process.fields["submitted_on"] = at.date()
                process.fields["submission_note"] = "Trình UBND xem xét, ban hành."
        process.fields["issued_number"] = f"{n + 100}/QĐ-UBND"
        process.fields["issued_on"] = at.date()
        sim.end(F.end, at, [previous])
        return process

    def reporting(self, n):
        from workflows.reporting.flows import ReportFlow as F

        rng, created = self.rng, self._created()
        focal = "so-y-te-tphcm"
        opener = self.dir.holder(focal, "process_staff", rng)
        agencies = sorted({focal, *self._others(focal, 3, 5)})
        year = created.year
        first = created.month <= 6
        title = f"6 tháng {'đầu' if first else 'cuối'} năm {year} (đợt {n + 1})"
        process = _Process(
            F,
            created,
            fields={
                "title": title,
                "period": "six_months",
                "period_start": datetime.date(year, 1 if first else 7, 1),
                "period_end": datetime.date(year, 6, 30)
                if first
                else datetime.date(year, 12, 31),
                "focal_agency_id": self.dir.agency(focal),
                "opened_by_id": opener,
            },
            data={"label": title[:80], "indicators": self.indicators},
            m2m={"agencies": [self.dir.agency(s) for s in agencies]},
        )
        process.participations[self.dir.agency(focal)] = "organiser"
        sim = _Sim(self, process)
        start, at = sim.gate(F.start, created, [])
        process.tasks[start].owner_id = opener
        branches = sim.split(
            F.split_submissions,
            F.submit,
            at,
            [start],
            agencies,
            "process_staff",
            days=15,
        )
        for branch_slug, index, finish in branches:
            if finish is not None:
                owner = process.tasks[index].owner_id
                process.artifacts.append(
                    ("submission", (self.dir.agency(branch_slug), owner))
                )
        previous, at = sim.join(F.join_submissions, branches)
        if at is None:
            return process
        corrected = rng.random() >= 0.1
        while True:
            i, at = sim.human(
                F.consolidate,
                at,
                [previous],
                focal,
                "process_staff",
                days=7,
                function="reporting-focal-agency",
            )
            if at is None:
                return process
            check, at = sim.gate(F.check_corrections, at, [i])
            if corrected:
                break
            corrected = True
            branches = sim.split(
                F.split_corrections,
                F.correct,
                at,
                [check],
                [rng.choice(agencies)],
                "process_staff",
                days=5,
            )
            previous, at = sim.join(F.join_corrections, branches)
            if at is None:
                return process
        process.fields["consolidation_note"] = "Số liệu đầy đủ, khớp với kỳ trước."
        i, at = sim.human(F.approve, at, [check], focal, "agency_head", days=5)
        if at is None:
            return process
        process.fields["approved"] = True
        check, at = sim.gate(F.check_approved, at, [i])
        sim.end(F.end, at, [check])
        return process

    def run(self):
        started = time.monotonic()
        kinds = list(FLOW_WEIGHTS)
        weights = list(FLOW_WEIGHTS.values())
        counts = defaultdict(int)
        written = {"processes": 0, "tasks": 0, "open": 0}
        for offset in range(0, self.total, BATCH):
            batch = []
            for _ in range(min(BATCH, self.total - offset)):
                kind = self.rng.choices(kinds, weights)[0]
                batch.append(getattr(self, kind)(counts[kind]))
                counts[kind] += 1
            for key, value in _write(batch, self).items():
                written[key] += value
            self.stdout.write(
                f"workflows: {written['processes']}/{self.total} processes, "
                f"{written['tasks']} tasks ({written['open']} open), "
                f"{time.monotonic() - started:.1f} s"
            )
        return written


def _write(batch, gen):
    """Writes a batch of simulated processes in one transaction; returns counts."""
    from django.db import transaction
    from viewflow.workflow.models import Process, Task
    from viewflow.workflow.token import Token

    from workflows.models import Participation, TaskRoute
    from workflows.nodes import ROUTED

    with transaction.atomic():
        parents = Process.objects.bulk_create(
            [
                Process(
                    flow_class=p.flow_class,
                    status="DONE" if p.finished else "NEW",
                    created=p.created,
                    finished=p.finished,
                    data=p.data,
                )
                for p in batch
            ]
        )
        # Multi-table processes: the parent rows are in; each child row is one INSERT.
        throughs = defaultdict(list)
        for p, parent in zip(batch, parents, strict=True):
            child = p.flow_class.process_class(process_ptr_id=parent.pk, **p.fields)
            child.save_base(raw=True, force_insert=True)
            for name, agency_ids in p.m2m.items():
                m2m = child._meta.get_field(name)
                through = m2m.remote_field.through
                throughs[through].extend(
                    through(
                        **{
                            f"{m2m.m2m_field_name()}_id": parent.pk,
                            f"{m2m.m2m_reverse_field_name()}_id": agency,
                        }
                    )
                    for agency in agency_ids
                )
        for model, rows in throughs.items():
            model.objects.bulk_create(rows, batch_size=1000)

        tasks, pending = [], []
        for p, parent in zip(batch, parents, strict=True):
            base = len(tasks)
            for t in p.tasks:
                human = t.route is not None
                tasks.append(
                    Task(
                        process_id=parent.pk,
                        flow_task=t.node,
                        flow_task_type=t.node.task_type,
                        status=t.status,
                        created=t.created,
                        assigned=t.assigned,
                        started=t.assigned if t.finished else None,
                        finished=t.finished,
                        owner_id=t.owner_id,
                        owner_permission=ROUTED if human else None,
                        data=t.data,
                        token=Token("start"),
                    )
                )
                pending.append((base, t))
        Task.objects.bulk_create(tasks, batch_size=1000)

        # Branch tokens name their split task, known only now.
        branched, previous, routes = [], [], []
        Previous = Task.previous.through
        for task, (base, t) in zip(tasks, pending, strict=True):
            if t.split is not None:
                task.token = Token(f"start/{tasks[base + t.split].pk}_{t.branch}")
                branched.append(task)
            previous.extend(
                Previous(from_task_id=task.pk, to_task_id=tasks[base + i].pk)
                for i in t.previous
            )
            if t.route is not None:
                agency, role, function, due = t.route
                routes.append(
                    TaskRoute(
                        task_id=task.pk,
                        agency_id=agency,
                        role=role,
                        function=function,
                        due_at=due,
                    )
                )
        Task.objects.bulk_update(branched, ["token"], batch_size=500)
        Previous.objects.bulk_create(previous, batch_size=2000)
        TaskRoute.objects.bulk_create(routes, batch_size=1000)
        Participation.objects.bulk_create(
            [
                Participation(process_id=parent.pk, agency_id=agency, kind=kind)
                for p, parent in zip(batch, parents, strict=True)
                for agency, kind in p.participations.items()
            ],
            batch_size=1000,
        )
        _artifacts(batch, parents, gen)
    return {
        "processes": len(batch),
        "tasks": len(tasks),
        "open": sum(t.status in ("NEW", "ASSIGNED") for t in tasks),
    }


def _artifacts(batch, parents, gen):
    """The records the steps leave behind: participants and evaluations, delegates,
    drafts, answers and comments, submitted figures."""
    from workflows.conferences.models import Delegate
    from workflows.consultations.models import Answer, Comment, ConsultationDocument
    from workflows.reporting.models import Submission
    from workflows.training.models import Evaluation, Participant

    rng = gen.rng
    rows = defaultdict(list)
    answers = []
    attendance = set()
    for p, parent in zip(batch, parents, strict=True):
        pk = parent.pk
        for kind, value in p.artifacts:
            if kind == "participant":
                agency, k = value
                rows[Participant].append(
                    Participant(
                        process_id=pk,
                        agency_id=agency,
                        full_name=_name(rng),
                        position=rng.choice(POSITIONS),
                    )
                )
            elif kind == "attendance":
                attendance.add(pk)
            elif kind == "delegate":
                agency, k = value
                rows[Delegate].append(
                    Delegate(
                        process_id=pk,
                        agency_id=agency,
                        full_name=_name(rng),
                        position=rng.choice(POSITIONS),
                    )
                )
            elif kind == "draft" and gen.draft_file:
                title, opener = value
                rows[ConsultationDocument].append(
                    ConsultationDocument(
                        process_id=pk,
                        kind="draft",
                        title=title,
                        file=gen.draft_file,
                        uploaded_by_id=opener,
                        uploaded_at=p.created,
                    )
                )
            elif kind == "answer":
                agency, status, owner = value
                answers.append(
                    Answer(
                        process_id=pk,
                        agency_id=agency,
                        status=status,
                        answered_by_id=owner,
                    )
                )
            elif kind == "submission" and value[1] is not None:
                agency, owner = value
                rows[Submission].append(
                    Submission(
                        process_id=pk,
                        agency_id=agency,
                        values={i["code"]: rng.randint(0, 50) for i in gen.indicators},
                        submitted_by_id=owner,
                    )
                )
    for participant in rows[Participant]:
        if participant.process_id in attendance:
            participant.attended = rng.random() < 0.9
    for model, objects in rows.items():
        model.objects.bulk_create(objects, batch_size=1000)
    # Evaluations of those who attended, where the agency's evaluation step is done.
    evaluated = {
        (parent.pk, value)
        for p, parent in zip(batch, parents, strict=True)
        for kind, value in p.artifacts
        if kind == "evaluations"
    }
    questions = {
        parent.pk: p.data.get("questions") or []
        for p, parent in zip(batch, parents, strict=True)
    }
    Evaluation.objects.bulk_create(
        [
            Evaluation(
                process_id=participant.process_id,
                participant_id=participant.pk,
                answers={
                    str(q["id"]): rng.randint(3, 5)
                    if q["kind"] == "rating"
                    else "Thêm tình huống thực tế"
                    for q in questions[participant.process_id]
                },
            )
            for participant in rows[Participant]
            if participant.attended
            and (participant.process_id, participant.agency_id) in evaluated
        ],
        batch_size=1000,
    )
    Answer.objects.bulk_create(answers, batch_size=1000)
    Comment.objects.bulk_create(
        [
            Comment(
                answer_id=answer.pk,
                article=f"Điều {rng.randint(1, 20)} khoản {rng.randint(1, 4)}",
                text=rng.choice(COMMENTS),
                response=rng.choice(["accepted", "partly", "not_accepted"]),
            )
            for answer in answers
            if answer.status == "comments"
        ],
        batch_size=1000,
    )


def _name(rng):
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


TRAINING_TOPICS = [
    "Tập huấn nhận diện nạn nhân bị mua bán",
    "Tập huấn kỹ năng phỏng vấn nạn nhân thân thiện với trẻ em",
    "Tập huấn hỗ trợ tâm lý cho nạn nhân",
    "Tập huấn quy trình tiếp nhận, xác minh nạn nhân",
    "Tập huấn phòng, chống lừa đảo tuyển dụng trực tuyến",
]
AUDIENCES = [
    "Cán bộ công an, biên phòng cấp xã",
    "Nhân viên công tác xã hội",
    "Cán bộ các sở, ngành",
    "Cán bộ tiếp nhận, hỗ trợ nạn nhân",
]
PLACES = [
    "Hội trường Sở Y tế, 59 Nguyễn Thị Minh Khai",
    "Phòng họp Công an Thành phố",
    "Trung tâm Hội nghị Thành phố",
    "Phòng họp trực tuyến của Ủy ban nhân dân",
]
TRAINERS = [
    "ThS. Trần Thị Bình (Viện Khoa học Lao động và Xã hội)",
    "TS. Nguyễn Văn Hùng (Học viện Cảnh sát nhân dân)",
    "ThS. Lê Thị Thu (Trường Đại học Lao động - Xã hội)",
]
CONFERENCE_KINDS = [
    ("conference", "Hội nghị"),
    ("seminar", "Hội thảo"),
    ("round_table", "Tọa đàm"),
]
CONFERENCE_TOPICS = [
    "phối hợp tiếp nhận nạn nhân trở về",
    "sơ kết công tác phòng, chống mua bán người",
    "trao đổi thông tin giữa các lực lượng",
    "hỗ trợ tái hòa nhập cộng đồng",
]
DRAFTS = [
    "Kế hoạch phòng, chống mua bán người",
    "Quy chế phối hợp tiếp nhận, xác minh nạn nhân",
    "Kế hoạch truyền thông phòng, chống mua bán người",
    "Quyết định hỗ trợ nạn nhân",
]
COMMENTS = [
    "Bổ sung nhiệm vụ của công an cấp xã.",
    "Làm rõ thời hạn chuyển giao hồ sơ.",
    "Đề nghị thống nhất mẫu biên bản tiếp nhận.",
]
POSITIONS = [
    "Chuyên viên",
    "Cán bộ",
    "Trinh sát",
    "Trợ lý",
    "Nhân viên công tác xã hội",
]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc"]
GIVEN = ["An", "Bình", "Chi", "Dũng", "Hà", "Hạnh", "Long", "Mai", "Nam", "Yến"]


def generate(scale, stdout):
    """Two years of workspace processes at ``scale`` (1: about 5,000 processes and
    70,000 tasks), a few per cent still open in the demo users' inboxes."""
    from workflows.site import ensure_urls

    ensure_urls()
    written = _Generator(scale, stdout).run()
    stdout.write(
        f"workflows: generated {written['processes']} processes, {written['tasks']} "
        f"tasks, {written['open']} open"
    )
    return written


def scenarios():
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from portal.directory.demo import USERS
    from workflows.referrals.models import Case

    rows = []
    if "hoa.quytrinh" in USERS:
        rows.append(
            Scenario(
                "task inbox",
                reverse("workspace:tasks:index"),
                username="hoa.quytrinh",
                public=False,
            )
        )
    device = TOTPDevice.objects.filter(user__username="thu.hoso").first()
    if device is not None:
        from django.contrib.auth import get_user_model

        worker = get_user_model().objects.get(username="thu.hoso")
        case = Case.objects.visible_to(worker).first()
        if case is not None:
            rows.append(
                Scenario(
                    "case page",
                    reverse("workspace:cases:case_detail", kwargs={"code": case.code}),
                    username="thu.hoso",
                    public=False,
                    session={DEVICE_ID_SESSION_KEY: device.persistent_id},
                )
            )
    return rows
