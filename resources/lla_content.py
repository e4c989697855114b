"""Demo content for the Leeds Learning Alliance member resource library.

Pure data, written in our own words from the LLA's public material (its networks
pages, the 2020/21 annual report, a short profile and the trust's principles
page) and from Leeds City Council's 2017 Executive Board report on learning
improvement.

- ``RESOURCE_TYPES`` and ``AUDIENCES``: choices, as (key, label).
- ``RESOURCES``: library entries. ``networks`` holds network slugs and
  ``organisation`` an organisation key, both from ``networks.lla_content``.
  ``body`` is a list of StreamField-style blocks ("heading" with text and size;
  "paragraph" with rich text HTML using only p, b, i, ul, ol and li).
  ``access`` is "public" or "members"; a members-only entry with ``listed`` set
  to False is hidden from anonymous visitors altogether, while a listed one
  shows its title with a "members only" label. ``file``, where given, is a short
  handout that the site renders as a PDF from its paragraphs.
- ``TOOLKIT``: the Race Equity Leadership Toolkit, an HTML-first living
  toolkit in chapters, with a changelog.
- ``RETIRED``: addresses of resources no longer shipped, each with the page
  that replaced it, where the loader redirects them.

Dates appear only where the seeds support them; comments mark dates for which
the seeds give only a month or a year. The seeds give no web addresses for
these resources, so every ``links`` list is empty for editors to fill in.
"""

RESOURCE_TYPES = [
    ("toolkit", "Toolkit"),
    ("guide", "Guide"),
    ("report", "Report"),
    ("case-study", "Case study"),
    ("lesson", "Lesson or activity"),
    ("video", "Video"),
    ("website", "Website"),
    ("policy", "Policy or plan"),
    ("programme", "Programme"),
]

AUDIENCES = [
    ("early-years", "Early years"),
    ("primary", "Primary"),
    ("secondary", "Secondary"),
    ("further-education", "Further education"),
    ("higher-education", "Higher education"),
    ("leaders", "Leaders"),
    ("governors", "Governors"),
    ("parents", "Parents and carers"),
]

# Council-authored entries come from Leeds City Council's 2017 report; the
# rest summarise the LLA's own material. Members-only entries are working
# documents, internal plans and member-only details.
RESOURCES = [
    {
        "slug": "primary-offer-2024-25",
        "title": "The Primary Offer 2024-25",
        "summary": (
            "An overview of the LLA's Primary Offer brochure, which gathers the "
            "professional development open to primary staff at every level in member "
            "schools into one place."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "What the Primary Offer is",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Primary schools in the alliance have pooled what they know and "
                    "what they can offer. The Primary Offer is the result: one "
                    "brochure setting out the professional development available to "
                    "primary colleagues, whether they are new to their role or "
                    "experienced heads. Partners put it together through the "
                    "alliance's work-streams and wider priorities, guided by "
                    "headteacher Emma Wraighte, the LLA's Director of Primary "
                    "Development.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "New in 2024-25",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>This year's brochure gives member schools more than ever "
                    "before. Highlights include:</p><ul><li><b>Developing Leadership "
                    "Program.</b> The first cohort of aspiring leaders is now taking "
                    "part.</li><li><b>Best practice sharing visits.</b> Every month a "
                    "different member school opens its doors so colleagues can see "
                    "practice at first hand.</li><li><b>Cross-school activities for "
                    "pupils.</b> For the first time, children from different schools "
                    "can take part in activities together.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "How it links to the primary leaders' network",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The offer grows out of the half-termly primary leaders' "
                    "network, where heads step back from the rush of the school day to "
                    "talk about the priorities and pressures they share. Headteacher "
                    "working groups that sit alongside the network help shape "
                    "development opportunities for staff and practical responses to "
                    "issues as they come up.</p><p>Staff in member schools can find "
                    "the detail of each strand in the members' area of the library.</p>"
                ),
            },
        ],
        "resource_type": "programme",
        "audiences": ["primary", "leaders"],
        "topics": ["professional development", "leadership", "primary"],
        "networks": ["primary-leaders"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # year only in the seeds: the brochure is the 2024-25 edition
        "published": "2024-09-01",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": {
            "title": "The Primary Offer 2024-25 at a glance",
            "filename": "primary-offer-2024-25.pdf",
            "text": [
                (
                    "The Primary Offer brings together, in a single brochure, the "
                    "professional development that LLA member schools make available "
                    "to primary staff at all levels."
                ),
                (
                    "Partners across the alliance compiled it under the guidance of "
                    "Emma Wraighte, headteacher and the LLA's Director of Primary "
                    "Development, with Anne Fell as special advisor for primary "
                    "education."
                ),
                (
                    "The 2024-25 edition is larger than before. It includes the first "
                    "cohort of aspiring leaders on the Developing Leadership Program, "
                    "best practice sharing visits hosted each month by an individual "
                    "school, and, for the first time, activities that bring pupils "
                    "from different schools together."
                ),
                (
                    "The offer is shaped by the primary leaders' network, which meets "
                    "every half term, and by headteacher working groups that look for "
                    "practical answers to issues as they emerge."
                ),
                (
                    "Staff in member schools can find full details in the members' "
                    "area of the LLA resource library, or ask about the network "
                    "through the networks contact form."
                ),
            ],
        },
    },
    {
        "slug": "primary-offer-member-details",
        "title": "Primary Offer: details for member schools",
        "summary": (
            "A guide for member schools to each strand of the 2024-25 Primary Offer: "
            "the Developing Leadership Program, monthly best practice visits, "
            "cross-school pupil activities and headteacher working groups."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Who this is for",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>This page is for staff in LLA member primary schools. It walks "
                    "through each strand of the 2024-25 Primary Offer so that heads "
                    "can decide who in their team should take part and plan time out "
                    "of class. For dates, venues and host schools, ask through the "
                    "primary leaders' network.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "The strands",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The offer has four main parts:</p><ul><li><b>Developing "
                    "Leadership Program.</b> A course for aspiring leaders; 2024-25 is "
                    "its first cohort.</li><li><b>Best practice sharing visits.</b> "
                    "Held monthly and hosted in turn by individual member "
                    "schools.</li><li><b>Cross-school pupil activities.</b> New this "
                    "year, giving children the chance to work alongside pupils from "
                    "other schools.</li><li><b>Headteacher working groups.</b> Smaller "
                    "groups of heads that create development opportunities for staff "
                    "and tackle problems as they arise.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Getting the most from the offer",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The network's experience is that the real value lies in the "
                    "conversations the offer starts: leaders learning from each "
                    "other's practice, trying new approaches and keeping sight of "
                    "education that is high quality, values-led and sustainable. When "
                    "choosing who takes part, think about how they will bring what "
                    "they learn back to colleagues.</p><p>Questions about the offer "
                    "can go to Emma Wraighte, Director of Primary Development, or Anne "
                    "Fell, special advisor for primary education.</p>"
                ),
            },
        ],
        "resource_type": "guide",
        "audiences": ["primary", "leaders"],
        "topics": ["professional development", "leadership", "primary"],
        "networks": ["primary-leaders"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # year only in the seeds: the brochure is the 2024-25 edition
        "published": "2024-09-01",
        "licence": "All rights reserved",
        "access": "members",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "otley-learning-alliance-enquiry",
        "title": (
            "Learning enquiries in a family of schools: the Otley Learning Alliance"
        ),
        "summary": (
            "A case study from Leeds City Council's 2017 report on learning "
            "improvement: seven Otley schools used shared learning enquiries to "
            "explore growth mindsets, and trained governors to gather evidence first "
            "hand."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "The starting point",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Seven schools in the Otley Learning Alliance (All Saints, "
                    "Ashfield, Bramhope, Pool-in-Wharfedale, St Joseph's Catholic, The "
                    "Whartons and Westgate) picked a priority they all shared: "
                    "developing growth mindsets and the characteristics of effective "
                    "learning. Leeds City Council described their work in a 2017 "
                    "report to its Executive Board as an example of what a learning "
                    "alliance makes possible.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "How the enquiry worked",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Working alongside the school improvement adviser and one "
                    "another, the heads ran a learning enquiry in every school, to "
                    "find out what was going well and learn from one another. The "
                    "adviser drafted discussion prompts, planned the timetable, joined "
                    "heads on the visits to add challenge, and wrote up a summary for "
                    "each school and one for the whole family. These covered "
                    "underlying principles, key approaches, areas to develop and "
                    "agreed next steps, and were shared with staff and "
                    "governors.</p><p>Governors were involved too. Two training "
                    "sessions showed them how to gather evidence of impact through "
                    "pupil voice and looking at pupils' work. Governors ran the second "
                    "session themselves, sharing their monitoring and what it had "
                    "taught them.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What changed",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The council reported several gains:</p><ul><li>Heads had "
                    "outside confirmation of what was working, both in their own "
                    "school and across the family.</li><li>Governors became far more "
                    "confident about visiting school and talking with children about "
                    "their learning.</li><li>Visiting each other's schools helped "
                    "heads agree common principles of practice and drew them closer as "
                    "colleagues.</li><li>The enquiry revealed differences in how "
                    "support staff were deployed and the difference they made, which "
                    "became the shared focus for 2016/17.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "A question for your network",
                    "size": "h3",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Which shared priority could your schools explore through an "
                    "enquiry like this, and how could governors be part of it from the "
                    "start?</p>"
                ),
            },
        ],
        "resource_type": "case-study",
        "audiences": ["primary", "leaders", "governors"],
        "topics": [
            "learning alliances",
            "peer review",
            "governance",
            "professional development",
        ],
        "networks": ["primary-leaders"],
        "organisation": "leeds-city-council",
        "author": "Leeds City Council",
        # the council report is dated 20 September 2017
        "published": "2017-09-20",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "leading-inclusive-cultures",
        "title": "Leading Inclusive Cultures",
        "summary": (
            "A seven-day programme on leading inclusive cultures. Several members of "
            "the LLA's secondary leaders' network took part in its first run."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "About the programme",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Leading Inclusive Cultures is a seven-day programme for "
                    "leaders. Several members of the LLA's secondary leaders' network "
                    "completed its first run, alongside the joint projects, staff "
                    "secondments and shared school improvement capacity that have come "
                    "out of the network's meetings.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Why inclusive leadership",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Inclusion has shaped the alliance from the beginning. The "
                    "LLA's strategic plan for 2022-2027 makes leadership one of its "
                    "delivery priorities, promising support for current and aspiring "
                    "leaders centred on ethical, inclusive leadership and on widening "
                    "who gets to lead. Its priority on inclusive and restorative "
                    "practices also commits partners to practical training that helps "
                    "professionals work in ways that advance equity, diversity and "
                    "inclusion.</p><p>Inclusive and ethical leadership is also one of "
                    "the areas in which partners already share practice and train one "
                    "another, and which the planned Centre for Inclusive Practice is "
                    "designed to build on.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Taking part",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Leaders interested in future runs can raise it at the termly "
                    "meeting of the secondary leaders' network, which is co-chaired by "
                    "Will Carr of Ralph Thoresby School and Lucie Lakin, Principal of "
                    "Carr Manor Community School, or get in touch through the networks "
                    "contact form.</p>"
                ),
            },
        ],
        "resource_type": "programme",
        "audiences": ["secondary", "further-education", "leaders"],
        "topics": ["inclusion", "leadership", "professional development"],
        "networks": ["secondary-leaders", "centre-for-inclusive-practice"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        "published": None,
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "secondary-leaders-network-priorities",
        "title": "Secondary leaders' network: priorities and joint work",
        "summary": (
            "A members' summary of the secondary leaders' network agenda so far: "
            "responding to national and regional change, preventing NEET, and working "
            "together on SEND and inclusion."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Who comes",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The network meets once a term. Around the table are leaders "
                    "from local authority maintained secondary schools, secondary "
                    "multi-academy trusts, specialist providers and further education "
                    "providers. Will Carr (Ralph Thoresby School) and Lucie Lakin "
                    "(Carr Manor Community School) share the chair.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What we have discussed",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Agendas so far have centred on three "
                    "themes:</p><ul><li><b>National and regional change.</b> How "
                    "secondary leaders should respond, together, to developments "
                    "beyond the city.</li><li><b>Preventing NEET.</b> Strategic ways "
                    "to stop young people ending up not in education, employment or "
                    "training, which the careers network is also working "
                    "on.</li><li><b>SEND and inclusion.</b> Collaborative approaches, "
                    "at a time when the number of children with SEND and the "
                    "complexity of their needs are both rising.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Sharing capacity",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Meetings have sparked new connections and joint projects. "
                    "Leaders have shared resources, including staff secondments and "
                    "school improvement capacity, and several have completed the first "
                    "Leading Inclusive Cultures programme. Just as valuable is the "
                    "chance to support each other as professionals, test ideas, solve "
                    "problems together and talk honestly about the hard parts and the "
                    "opportunities of leading a school or college.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Before the next meeting",
                    "size": "h3",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Come ready to name one thing your school or college could "
                    "offer another member, and one area where you would welcome "
                    "support.</p>"
                ),
            },
        ],
        "resource_type": "report",
        "audiences": ["secondary", "further-education", "leaders"],
        "topics": ["NEET", "SEND", "inclusion", "leadership"],
        "networks": ["secondary-leaders", "careers", "send"],
        "organisation": None,
        "author": "Lucie Lakin",
        "published": None,
        "licence": "All rights reserved",
        "access": "members",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "ralph-thoresby-school-improvement",
        "title": "From requires improvement to good: Ralph Thoresby School",
        "summary": (
            "A case study from Leeds City Council's 2017 learning improvement report: "
            "how peer headteacher support and regular reviews helped a Leeds secondary "
            "school improve, and then support another school."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "The school",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Ralph Thoresby is a secondary school with more pupils than "
                    "most. The majority are from a White British background, and more "
                    "pupils than average receive pupil premium funding or speak "
                    "English as an additional language. Leeds City Council used its "
                    "story in a 2017 Executive Board report to show how its learning "
                    "improvement service worked with schools. Today the school's Will "
                    "Carr co-chairs the LLA's secondary leaders' network.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "The journey",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>In September 2012, with a school improvement adviser's help, "
                    "the school appointed a new headteacher. In March 2013 Ofsted "
                    "judged it to require improvement in every area: pupils made less "
                    "progress than their peers nationally, marking was weak, progress "
                    "in English and maths lagged and attendance was below "
                    "average.</p><p>The adviser arranged support from a peer "
                    "headteacher to build leadership capacity, offered challenge and "
                    "support on performance, and worked with partners on reviews, "
                    "among them a science review and a peer review carried out with a "
                    "local school and an outside consultant. Middle leaders and "
                    "governors received training, and post-16 provision was reviewed "
                    "and monitored.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Results",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>In August 2012, 47.5% of pupils gained five GCSEs at grade C "
                    "or above including English and maths. In 2015 Ofsted judged the "
                    "school good in all areas. In August 2016 it had its best ever "
                    "results at GCSE and post-16: 62% of pupils gained a C or better "
                    "in English and maths, with progress in both well above "
                    "national.</p><p>The school then helped others. In 2015-16 its "
                    "senior leaders supported leadership at another local school that "
                    "required improvement, through a National College bid, and that "
                    "school's leadership and management were judged good at its next "
                    "inspection.</p>"
                ),
            },
        ],
        "resource_type": "case-study",
        "audiences": ["secondary", "leaders", "governors"],
        "topics": ["school improvement", "leadership", "peer review"],
        "networks": ["secondary-leaders"],
        "organisation": "leeds-city-council",
        "author": "Leeds City Council",
        # the council report is dated 20 September 2017
        "published": "2017-09-20",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "closing-the-gaps-for-vulnerable-learners",
        "title": "Closing the gaps for vulnerable learners",
        "summary": (
            "Leeds City Council's 2017 report on learning improvement: which learners "
            "fall behind, why the gaps in Leeds were wider than in similar areas, and "
            "the steps taken to narrow them, including for pupils with SEND."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "About the report",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>In September 2017 Leeds City Council's Director of Children "
                    "and Families reported to the council's Executive Board on how "
                    "learning improvement could raise standards, with a particular "
                    "focus on vulnerable learners. It remains useful background for "
                    "anyone in the alliance working on the same questions.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Who falls behind",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Attainment in Leeds schools rose over the previous decade, but "
                    "the gap between some pupils and their classmates did not close. "
                    "The gaps most often affected:</p><ul><li>pupils eligible for "
                    "pupil premium</li><li>pupils with special educational needs and "
                    "disabilities (SEND)</li><li>pupils with social, emotional and "
                    "mental health needs</li><li>pupils learning English as an "
                    "additional language</li><li>children who begin their education at "
                    "a disadvantage</li></ul><p>Gender and ethnicity played a part "
                    "too. Department for Education comparisons with statistically "
                    "similar authorities showed wider gaps in Leeds, and changes in "
                    "the city's population did not fully explain why.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What the council set out to do",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The council's goal was equity: accepting that children start "
                    "from different places and giving extra help so that disadvantaged "
                    "children make faster progress and reach the same outcomes as "
                    "others. Its actions included:</p><ul><li>sharing school and local "
                    "authority data with heads, principals and governing body "
                    "networks, and analysing need in more depth</li><li>training for "
                    "governors on vulnerable learners</li><li>more involvement in "
                    "national evidence-based projects, such as those of the Education "
                    "Endowment Foundation</li><li>an Achievement for All conference in "
                    "March 2017 for primary and secondary leaders and "
                    "governors</li><li>a seconded headteacher championing pupil "
                    "premium and disadvantaged children</li><li>early years training, "
                    "including on the early years pupil premium, and work with "
                    "children's centre teachers</li><li>linking mainstream secondary "
                    "advisers with SILCs to sharpen the focus on the progress of "
                    "pupils with SEND</li></ul><p>The three As of attendance, "
                    "achievement and attainment ran through all of this work.</p>"
                ),
            },
        ],
        "resource_type": "report",
        "audiences": ["early-years", "primary", "secondary", "leaders", "governors"],
        "topics": [
            "closing the gap",
            "vulnerable learners",
            "SEND",
            "inclusion",
            "school improvement",
        ],
        "networks": ["send", "primary-leaders", "secondary-leaders"],
        "organisation": "leeds-city-council",
        "author": "Leeds City Council",
        # the council report is dated 20 September 2017
        "published": "2017-09-20",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": {
            "title": "Closing the gaps for vulnerable learners: summary",
            "filename": "closing-the-gaps-vulnerable-learners-2017.pdf",
            "text": [
                (
                    "This handout summarises a report by Leeds City Council's Director "
                    "of Children and Families to the council's Executive Board on 20 "
                    "September 2017, on the role of learning improvement in raising "
                    "standards for vulnerable learners."
                ),
                (
                    "Attainment in Leeds had risen, but gaps persisted for pupils "
                    "eligible for pupil premium, pupils with SEND, pupils with social, "
                    "emotional and mental health needs, pupils learning English as an "
                    "additional language and children who start school at a "
                    "disadvantage, with gender and ethnicity also playing a part."
                ),
                (
                    "Comparisons with statistically similar authorities showed that "
                    "the gaps in Leeds were wider, and the city's changing population "
                    "did not fully explain the difference."
                ),
                (
                    "The council aimed for equity: extra support so that disadvantaged "
                    "children make faster progress and reach the same outcomes as "
                    "their peers. Its actions ranged from deeper data analysis and "
                    "governor training to an Achievement for All conference, early "
                    "years work and a sharper focus on the progress of pupils with "
                    "SEND."
                ),
                (
                    "For SEND, the report highlighted quality first teaching in every "
                    "school, networks for staff supporting learners with SEND, and "
                    "good communication between schools, settings and partners."
                ),
            ],
        },
    },
    {
        "slug": "send-quality-first-teaching",
        "title": "SEND in Leeds: quality first teaching and the complex needs service",
        "summary": (
            "A summary of the SEND section of Leeds City Council's 2017 learning "
            "improvement report: the complex needs service, the Leeds SEND strategy "
            "2014-17 and why quality first teaching matters in every classroom."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "The complex needs service",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>In 2017 the council described a complex needs service for "
                    "children and young people aged 0 to 25 whose learning "
                    "difficulties and disabilities are complex, and for their "
                    "families. It hoped that any child in Leeds with a significant "
                    "disability or learning difficulty would receive child-centred, "
                    "flexible, high-quality services that help them live a fulfilling "
                    "and successful life. The service had five parts:</p><ul><li>the "
                    "special educational needs statutory assessment and provision "
                    "service (SENSAP)</li><li>the special educational needs inclusion "
                    "team (SENIT)</li><li>the educational psychology team</li><li>the "
                    "sensory service team</li><li>child health and disability (CHAD), "
                    "including social work teams, occupational therapy and regional "
                    "specialist paediatric teams</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "The SEND strategy 2014-17",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The Leeds Strategy for SEND for 2014 to 2017 made three "
                    "commitments to improve outcomes: promote quality first teaching "
                    "in every school, build networks that help education staff give "
                    "high-quality support to learners with SEND, and keep "
                    "communication strong between schools, settings and partners.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Why it matters in every classroom",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The report argued that the classroom strategies used to "
                    "support pupils with SEND belong in every education professional's "
                    "repertoire, because they are central to closing the gap. School "
                    "improvement advisers were to work with the SEND teams to focus "
                    "settings on personalised quality first teaching, going beyond "
                    "checking statutory duties to helping every practitioner teach "
                    "well.</p><p>The LLA's primary-focused SEND network takes up the "
                    "same questions today. As the alliance's 2022-2027 strategic plan "
                    "notes, more children have SEND, their needs are becoming more "
                    "complex, and local authorities do not have enough resources to "
                    "meet them.</p>"
                ),
            },
        ],
        "resource_type": "guide",
        "audiences": ["early-years", "primary", "secondary", "leaders"],
        "topics": ["SEND", "inclusion", "quality first teaching", "closing the gap"],
        "networks": ["send"],
        "organisation": "leeds-city-council",
        "author": "Leeds City Council",
        # the council report is dated 20 September 2017
        "published": "2017-09-20",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "moor-allerton-hall-disadvantaged-pupils",
        "title": (
            "Support for disadvantaged pupils at Moor Allerton Hall Primary School"
        ),
        "summary": (
            "A case study from Leeds City Council's 2017 report: how a primary school "
            "in a learning alliance of six schools used extra funding and trained "
            "teaching assistants to support disadvantaged pupils and pupils with SEND."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Background",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Moor Allerton Hall Primary School joined a learning alliance "
                    "of six local schools in September 2016, working together to raise "
                    "standards alongside support from the council's school improvement "
                    "team. During 2015-16 an associate school improvement adviser "
                    "worked with the school on provision and outcomes for "
                    "disadvantaged learners. Leeds City Council featured the school in "
                    "its 2017 Executive Board report on learning improvement.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What the school did",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The school's approach had four strands:</p><ul><li>Extra "
                    "funding for disadvantaged pupils paid for a learning mentor, a "
                    "behaviour support worker and a nurture group teacher to give "
                    "regular social, emotional and behavioural support.</li><li>The "
                    "same funding paid for teaching assistants to lead one-to-one and "
                    "small-group sessions.</li><li>Teaching assistants had specialist "
                    "training so they could support pupils well in lessons and small "
                    "groups, including pupils with special educational needs and "
                    "disabilities.</li><li>Governors checked that the additional "
                    "government funding was improving the progress of disadvantaged "
                    "pupils.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What Ofsted noticed",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>At the school's 2017 inspection, Ofsted linked this work to "
                    "better attendance and behaviour among some disadvantaged pupils "
                    "and to recent gains in their attainment, and found teaching "
                    "assistants well deployed. Writing to the Regional Schools "
                    "Commissioner, the chair of governors credited both the council's "
                    "support and the chance to share good practice with other "
                    "schools.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Reflect",
                    "size": "h3",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>How clearly can you say what your additional funding pays for, "
                    "and how do your governors check the difference it makes?</p>"
                ),
            },
        ],
        "resource_type": "case-study",
        "audiences": ["primary", "leaders", "governors"],
        "topics": ["disadvantage", "SEND", "pupil premium", "learning alliances"],
        "networks": ["send", "primary-leaders"],
        "organisation": "leeds-city-council",
        "author": "Leeds City Council",
        # the council report is dated 20 September 2017
        "published": "2017-09-20",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "careers-transitions-and-neet",
        "title": "Careers, transitions and NEET: the careers network's approach",
        "summary": (
            "How the LLA careers network plans to use the alliance's mix of schools, "
            "colleges, universities and employers to improve post-16 transitions, "
            "apprenticeships and guidance, and to help fewer young people become NEET."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Why this matters in Leeds",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Leeds has a wide range of opportunities, but not every young "
                    "person in the city can reach them on equal terms. Even with a "
                    "comparatively strong economy, the city's share of young people "
                    "who are NEET (not in education, employment or training) is among "
                    "the highest in England. The LLA's strategic plan for 2022-2027 "
                    "names the same worries. Too many young people do not reach their "
                    "potential, struggle to move on to the right next step, or find it "
                    "hard to get into and stay in work, further or higher "
                    "education.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What the careers network is doing",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The careers network has met every half term since September "
                    "2024. It wants every young person in the alliance to find the "
                    "destination that suits them best, paying particular attention to "
                    "those from the least advantaged backgrounds. Its first priorities "
                    "are:</p><ol><li><b>Transitions.</b> A clear, targeted approach to "
                    "the move from school into post-16 "
                    "provision.</li><li><b>Apprenticeships.</b> A joined-up approach, "
                    "including finding apprenticeships within the alliance and making "
                    "sure young people get high-quality information and guidance about "
                    "them.</li><li><b>Effective practice.</b> Sharing and developing "
                    "what works, so that young people in the alliance can reach the "
                    "strongest opportunities in the city and across the "
                    "region.</li></ol>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Acting early",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The network aims to work preventatively, before young people "
                    "drift out of education or training, and to try new approaches by "
                    "drawing on the alliance's unusual combination of schools, "
                    "colleges and universities with private and third sector "
                    "organisations. That matches the strategic plan's promise to raise "
                    "the quality and widen the reach of information, advice and "
                    "guidance, and to build explicit links between major employers and "
                    "groups that are under-represented.</p><p>The network is led by "
                    "James Dunford, Senior Assistant Principal at Carr Manor Community "
                    "School, and is still building links across the alliance and the "
                    "city.</p>"
                ),
            },
        ],
        "resource_type": "guide",
        "audiences": ["secondary", "further-education", "leaders"],
        "topics": ["careers", "NEET", "apprenticeships", "transitions"],
        "networks": ["careers"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        "published": None,
        "licence": "CC BY-NC 4.0",
        "access": "public",
        "listed": True,
        "links": [],
        "file": {
            "title": (
                "Careers, transitions and NEET: a summary for schools and colleges"
            ),
            "filename": "careers-transitions-and-neet.pdf",
            "text": [
                (
                    "The share of young people in Leeds who are NEET (not in "
                    "education, employment or training) is among the highest in "
                    "England, even though the city's economy is comparatively strong."
                ),
                (
                    "The LLA careers network, which has met every half term since "
                    "September 2024, wants every young person in the alliance to reach "
                    "the destination that suits them best, especially those from the "
                    "least advantaged backgrounds."
                ),
                (
                    "Its first priorities are a clear, targeted approach to moving "
                    "from school into post-16 provision; a joined-up approach to "
                    "apprenticeships, including finding them within the alliance and "
                    "giving young people good guidance about them; and sharing "
                    "effective practice so that young people can take up the best "
                    "opportunities in Leeds and the region."
                ),
                (
                    "The network works preventatively and draws on the alliance's mix "
                    "of schools, colleges, universities and private and third sector "
                    "organisations to try new approaches."
                ),
                (
                    "It is led by James Dunford, Senior Assistant Principal at Carr "
                    "Manor Community School. Staff in member organisations are welcome "
                    "to join through the networks contact form."
                ),
            ],
        },
    },
    {
        "slug": "apprenticeships-within-the-alliance",
        "title": "Apprenticeships within the alliance: working notes",
        "summary": (
            "Careers network working notes on a joined-up approach to apprenticeships "
            "across LLA members, from finding places within the alliance to the "
            "guidance young people receive."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Purpose of these notes",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>One of the careers network's first priorities is a cohesive "
                    "approach to apprenticeships across the alliance. These notes, for "
                    "staff in member organisations, set out what the network is "
                    "working towards and some questions members may want to consider. "
                    "They will change as the work develops.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What the network is working towards",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>There are three linked aims:</p><ul><li>Sourcing "
                    "apprenticeships within the Leeds Learning Alliance itself, "
                    "drawing on the range of organisations in its "
                    "membership.</li><li>Making sure young people receive high-quality "
                    "information and guidance about apprenticeships as a "
                    "route.</li><li>Connecting this with a targeted approach to "
                    "transitions from school into post-16 provision.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Questions for member organisations",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Before the next meeting, it may help to think "
                    "about:</p><ul><li>Does your organisation offer apprenticeships, "
                    "or could it?</li><li>How do learners in your school or college "
                    "hear about apprenticeships now, and from whom?</li><li>Which "
                    "young people, especially those with the fewest advantages, are "
                    "missing out on this information?</li><li>What has worked for you "
                    "that you could share with the network?</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Linked priorities",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA strategic plan 2022-2027 commits the alliance to "
                    "broader, better information, advice and guidance, and to explicit "
                    "links between major employers and groups that are "
                    "under-represented. Bring your answers to the next half-termly "
                    "meeting of the careers network.</p>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": ["secondary", "further-education", "leaders"],
        "topics": ["apprenticeships", "careers", "transitions"],
        "networks": ["careers"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        "published": None,
        "licence": "All rights reserved",
        "access": "members",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "further-education-places-and-post-16-pathways",
        "title": "Further education places and post-16 pathways",
        "summary": (
            "What the LLA strategic plan 2022-2027 says about further and higher "
            "education: the need for more good FE places, barriers to staying in "
            "learning and work, and the alliance's commitments on pathways."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "The concerns",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Several of the issues set out in the LLA's strategic plan for "
                    "2022-2027 sit squarely with colleges and "
                    "universities:</p><ul><li><b>Further education sufficiency.</b> "
                    "Leeds's population is growing, and the city urgently needs more "
                    "good further education places for young people and for the local "
                    "economy.</li><li><b>Barriers to onward learning and work.</b> Too "
                    "many young people find it hard to get into, and stay in, "
                    "employment or further or higher education.</li><li><b>Pathways "
                    "and transitions.</b> Children and young people who do not reach "
                    "their potential find it harder to move on to the right next "
                    "step.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What the alliance has committed to",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The plan's strategic objective for employment is to open "
                    "pathways and transitions to all. Under its priority on pathways, "
                    "transitions and employability, partners agreed to invest "
                    "comprehensively in support and opportunity for groups at risk. "
                    "Actions include better and broader information, advice and "
                    "guidance, and direct links between major employers and groups "
                    "that are under-represented. A separate development priority looks "
                    "for ways to help partners grow their provision across the city, "
                    "including capital and curriculum opportunities.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Where colleges and universities come in",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA brings Leeds City College, Leeds College of Building, "
                    "Leeds Trinity University and Leeds Beckett University together "
                    "with schools, the council and charities. The further and higher "
                    "education leaders' network is a place to work on these questions "
                    "together, alongside the careers network's focus on post-16 "
                    "transitions and apprenticeships.</p>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": ["further-education", "higher-education", "secondary", "leaders"],
        "topics": ["further education", "transitions", "careers", "NEET"],
        "networks": ["further-and-higher-education-leaders", "careers"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "pathfinders-uniformed-services",
        "title": "Pathfinders: breaking down barriers to the uniformed services",
        "summary": (
            "Pathfinders helps young people, especially young women and learners from "
            "ethnic minority groups, explore careers in the police, fire, ambulance "
            "and armed forces and overcome barriers to recruitment."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "What Pathfinders does",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Pathfinders takes on the obstacles that people who identify as "
                    "female, or who belong to ethnic minority groups, can meet when "
                    "they want a career in the uniformed services. It was developed "
                    "jointly by West Yorkshire Police, West Yorkshire Fire and Rescue "
                    "Service, Yorkshire Ambulance Service, the Royal Navy, the Royal "
                    "Marines and the Royal Air Force, with CATCH, Leeds City College "
                    "and Leeds Trinity University. A working group gets together often "
                    "to talk through recruitment barriers, pressures on the workforce "
                    "and public perceptions of the services.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Who takes part",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Pathfinders was first coordinated at CATCH, working with 14 to "
                    "16 year olds from several LLA high schools. After a review it "
                    "moved to Leeds City College, where it now works with 16 to 18 "
                    "year olds who already want to join the emergency services or "
                    "armed forces. Thirty-five learners were chosen from those who "
                    "expressed interest, using criteria tied to the programme's aims. "
                    "Priority went to:</p><ul><li>learners from ethnic minority "
                    "groups</li><li>young women</li><li>young people who are looked "
                    "after or cared for</li><li>learners with an education, health and "
                    "care plan (EHCP)</li><li>learners receiving a college "
                    "bursary</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "How it works",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Every month, learners meet serving uniformed personnel to talk "
                    "through barriers to recruitment and explore the careers open to "
                    "them. Visits to a police training centre, a fire station and a "
                    "Royal Navy ship give them a first-hand feel for the "
                    "work.</p><p>Tom Griffiths, Head of Department in the School of "
                    "Public Services at Leeds City College, leads the LLA's "
                    "Pathfinders and youth work network.</p>"
                ),
            },
        ],
        "resource_type": "programme",
        "audiences": ["further-education", "secondary"],
        "topics": ["uniformed services", "careers", "public services", "diversity"],
        "networks": ["pathfinders-and-youth-work", "careers"],
        "organisation": "leeds-city-college",
        "author": "Tom Griffiths",
        "published": None,
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": {
            "title": "Pathfinders at a glance",
            "filename": "pathfinders-at-a-glance.pdf",
            "text": [
                (
                    "Pathfinders helps young people who identify as female, or who "
                    "come from ethnic minority groups, overcome the barriers they can "
                    "face in building careers in the uniformed services."
                ),
                (
                    "It was developed by West Yorkshire Police, West Yorkshire Fire "
                    "and Rescue Service, Yorkshire Ambulance Service, the Royal Navy, "
                    "the Royal Marines and the Royal Air Force, working with CATCH, "
                    "Leeds City College and Leeds Trinity University."
                ),
                (
                    "The programme now works with 16 to 18 year olds at Leeds City "
                    "College who already hope to join the emergency services or armed "
                    "forces. Thirty-five learners were selected, with priority for "
                    "ethnic minority learners, young women, looked-after or cared-for "
                    "young people, learners with an EHCP and those receiving a college "
                    "bursary."
                ),
                (
                    "Each month, learners meet serving personnel to explore careers "
                    "and talk through barriers to recruitment, and visits bring the "
                    "services to life."
                ),
                (
                    "Pathfinders is part of the LLA's Pathfinders and youth work "
                    "network, led by Tom Griffiths of Leeds City College."
                ),
            ],
        },
    },
    {
        "slug": "pathfinders-autumn-term-2024",
        "title": "Pathfinders in action: careers day and visits, autumn term 2024",
        "summary": (
            "How Pathfinders learners at Leeds City College spent the autumn term of "
            "2024: a careers day for over 200 new students and visits with the police, "
            "the fire service and the Royal Navy."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "September: a careers day for new students",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>More than 200 new students came to a careers day run by the "
                    "Public Services Department at Leeds City College. Serving "
                    "personnel from a range of uniformed services talked about their "
                    "jobs, how recruitment works and the paths their own careers had "
                    "taken.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "October: West Yorkshire Police at Carr Gate",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Learners visited the force's training centre at Carr Gate, "
                    "found out about the many different roles in policing and met "
                    "officers whose life experiences echoed their own. Some have since "
                    "gone back in smaller groups to volunteer in public order "
                    "training.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "November: Moortown Fire Station",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>At Moortown Fire Station, learners tried the recruitment "
                    "tests, learned about careers in the fire service, put on the kit "
                    "and got thoroughly soaked during the practical demonstrations.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "December: HMS Prince of Wales",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>A trip to Liverpool took learners on board the Royal Navy's "
                    "flagship, HMS Prince of Wales, where they met serving personnel, "
                    "explored different career paths and tried out state-of-the-art "
                    "equipment.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What made it work",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Each activity put learners face to face with people doing the "
                    "jobs they are considering, including people who share something "
                    "of their own background. The programme has more opportunities "
                    "planned for 2025.</p>"
                ),
            },
        ],
        "resource_type": "case-study",
        "audiences": ["further-education", "secondary"],
        "topics": ["uniformed services", "careers", "public services"],
        "networks": ["pathfinders-and-youth-work"],
        "organisation": "leeds-city-college",
        "author": "Tom Griffiths",
        "published": None,
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "public-service-pathways-and-destinations",
        "title": "Public Service Pathways and Destinations",
        "summary": (
            "The LLA's work with police, fire, ambulance and armed forces partners to "
            "open public service careers to under-represented communities, built on "
            "three priorities: awareness, development and retention."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "How the work began",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>This strand started by helping West Yorkshire Police attract "
                    "applicants from under-represented communities: first by promoting "
                    "the police officer role, then by looking at long-term pathways "
                    "into the force through both extra-curricular and academic routes. "
                    "During 2021 other public services with similar challenges joined "
                    "the conversation. Representatives now come from West Yorkshire "
                    "Police, Yorkshire Ambulance Service, West Yorkshire Fire and "
                    "Rescue Service, the Royal Air Force and the Royal Navy, supported "
                    "by Leeds City College and Leeds Trinity University.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Three priorities",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>All the services accept that young people could arrive at "
                    "recruitment better equipped with the skills, competencies and "
                    "values they need. The work focuses "
                    "on:</p><ol><li><b>Awareness</b> of public service roles, "
                    "opportunities, entry routes and requirements, through informal "
                    "and formal programmes for secondary and post-16 "
                    "learners.</li><li><b>Development</b> of young people so that they "
                    "are ready to apply, for example by building skills and values "
                    "through volunteering, and by opening up programmes to "
                    "under-represented communities.</li><li><b>Retention</b>, helping "
                    "services keep staff from under-represented communities through "
                    "inclusive practice and support.</li></ol>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "How it is organised",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>A strategic group of public service representatives meets "
                    "monthly to agree the key skills needed for public service careers "
                    "and to plan a joint programme for secondary pupils. A research "
                    "and development group involving Leeds City College and Leeds "
                    "Trinity University has been reviewing existing programmes and "
                    "consulting young people about what stops under-represented "
                    "communities from considering a career in public service. Working "
                    "together also means a candidate who does not meet one service's "
                    "criteria can be offered another option.</p><p>Many of the same "
                    "partners now run the Pathfinders programme. Ash Razzaq was the "
                    "contact for this strand.</p>"
                ),
            },
        ],
        "resource_type": "report",
        "audiences": ["secondary", "further-education", "leaders"],
        "topics": ["uniformed services", "careers", "public services", "diversity"],
        "networks": ["pathfinders-and-youth-work", "careers"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "public-services-strategic-group-notes",
        "title": "Public services strategic group: key skills and joint programme",
        "summary": (
            "Internal working notes from the monthly public services strategic group "
            "on agreeing core skills for public service careers and planning a joint "
            "awareness programme for secondary pupils."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Status",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>These working notes are for partners in the public service "
                    "pathways work and are not for circulation outside the alliance. "
                    "They record work in progress as described in the LLA's 2020/21 "
                    "annual report.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Work in progress",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Three pieces of work are under way:</p><ul><li><b>Key "
                    "skills.</b> Service representatives are agreeing the most "
                    "important skills, competencies and values for public service "
                    "careers, and how young people can build them before they "
                    "apply.</li><li><b>A joint programme for secondary pupils.</b> "
                    "Planning has started on a shared programme showing pupils what "
                    "public services do and the opportunities they "
                    "offer.</li><li><b>Listening to young people.</b> The research and "
                    "development group is asking young people what puts "
                    "under-represented communities off public service careers, and "
                    "what would help.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Why partners value the group",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Partners have identified several benefits:</p><ul><li>Services "
                    "and education providers gain access to each other's expertise and "
                    "to young people.</li><li>Academic research informs the "
                    "strategy.</li><li>Services have a ready sounding board for new "
                    "engagement activities.</li><li>Programmes can be co-produced, "
                    "sharing skills and networks and avoiding "
                    "duplication.</li><li>Joint events and engagement opportunities "
                    "become possible.</li></ul>"
                ),
            },
        ],
        "resource_type": "report",
        "audiences": ["secondary", "further-education", "leaders"],
        "topics": ["uniformed services", "public services", "careers"],
        "networks": ["pathfinders-and-youth-work"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "members",
        "listed": False,
        "links": [],
        "file": None,
    },
    {
        "slug": "leeds-digital-careers-festival",
        "title": "Leeds Digital Careers Festival",
        "summary": (
            "One of the digital pathways and destinations group's initiatives to open "
            "up digital careers to young people in Leeds who are under-represented in "
            "the sector."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Why a festival",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The digital workforce in Leeds does not yet look like the city "
                    "it serves. The LLA's digital pathways and destinations group was "
                    "set up to change that, by improving progression and widening the "
                    "routes into digital careers for young people who are "
                    "under-represented in the sector or less likely to choose digital "
                    "options after 16. The Leeds Digital Careers Festival is one of "
                    "the initiatives the group has developed to do this, alongside "
                    "Growing Digital Talent Leeds and Leeds Unleashed.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "The careers in view",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Digital now reaches into almost every industry, so the group "
                    "has chosen where to focus: careers in film, games and television "
                    "that rely on creative digital skills, and computer science tied "
                    "to clean engineering and to fields like logistics. That takes in "
                    "robotics, drones, virtual reality and cyber security, as well as "
                    "business uses such as marketing.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "For parents, carers and teachers",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>A lot of the jobs young people will eventually apply for have "
                    "not been invented yet, and the adults who influence their choices "
                    "cannot always keep up with a fast-changing economy. The group "
                    "sees resources for parents, carers and other adults as part of "
                    "its job.</p><p>Schools and colleges interested in the festival or "
                    "the group's other activities can contact James Broadhurst, the "
                    "group's project coordinator at Luminate Education Group.</p>"
                ),
            },
        ],
        "resource_type": "programme",
        "audiences": ["secondary", "further-education", "parents"],
        "topics": ["digital skills", "careers", "diversity"],
        "networks": ["digital-pathways", "careers"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        "published": None,
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "robotics-school-college-links",
        "title": "Robotics sessions linking a school and a college",
        "summary": (
            "How Carr Manor Community School and Leeds City College built links "
            "through robotics sessions and talks on routes into computer science and "
            "digital media, as part of the LLA's digital pathways work."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Building a bridge from school to college",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>In 2021 the LLA's digital pathways and destinations steering "
                    "group set out to strengthen links between schools and further "
                    "education in Leeds. Carr Manor Community School and Leeds City "
                    "College have been doing just that, building links through "
                    "robotics sessions and talks about the routes into computer "
                    "science and digital media.</p><p>Activities like these give "
                    "pupils a practical taste of digital work and a clear view of the "
                    "courses that can follow on from school.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Part of a wider plan",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The school-college link was one of several activities the "
                    "group was developing in 2021, including:</p><ul><li>short 'day in "
                    "the life' films introducing digital roles to pupils aged 11 to "
                    "15</li><li>a visual map linking digital courses to the careers "
                    "they can lead to</li><li>conversations with The Prince's Trust "
                    "about using its Achieve programme for activities outside lessons "
                    "with children from age 11</li><li>a directory of digital firms "
                    "and community groups across the Leeds City Region for future "
                    "activities</li><li>out-of-school activities linked to the Holiday "
                    "Hunger programme, summer schools and taster days</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Trying it in your school",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Robotics is one of the fields the group highlights, alongside "
                    "drones, virtual reality and cyber security. Schools that would "
                    "like a similar link with a college can approach the digital "
                    "pathways and destinations group, which is also putting together a "
                    "catalogue of digital taster sessions to bring into schools around "
                    "Leeds.</p>"
                ),
            },
        ],
        "resource_type": "case-study",
        "audiences": ["secondary", "further-education"],
        "topics": ["robotics", "digital skills", "transitions", "careers"],
        "networks": ["digital-pathways"],
        "organisation": "carr-manor-community-school",
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "digital-pathways-activities-in-development",
        "title": "Digital pathways and destinations: activities in development",
        "summary": (
            "A members' briefing on what the digital pathways and destinations "
            "steering group is developing, from a third Healthy Holidays bid to a "
            "girls and women in tech programme and the IBM P-TECH frameworks."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "About this briefing",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>This briefing is for member organisations working with the "
                    "digital pathways and destinations steering group. It lists the "
                    "activities the group is developing so that partners can see where "
                    "they might help, and so that work is not duplicated elsewhere in "
                    "the city.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Activities in development",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Current plans include:</p><ul><li>a bid for funding so that "
                    "Leeds City College can run its digital-themed Healthy Holidays "
                    "programme for a third year, in summer 2024</li><li>rolling out "
                    "the University Centre Leeds digital immersion programme</li><li>a "
                    "digital extended schools programme for Leeds City "
                    "College</li><li>a catalogue of digital taster sessions to bring "
                    "into schools around Leeds</li><li>a programme for girls and women "
                    "in tech, planned by Luminate Education Group for the 2023/24 "
                    "academic year</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Across Luminate Education Group",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Within Luminate Education Group, the plan is "
                    "to:</p><ul><li>build in the STEM seven characteristics and the "
                    "behaviours that employers value</li><li>draw on the IBM P-TECH "
                    "and Open P-TECH learning frameworks to motivate young "
                    "people</li><li>roll out a Digital Skills action plan</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Getting involved",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The steering group has included Leeds City College, Carr Manor "
                    "Community School, CATCH, Ahead Partnership, West Yorkshire "
                    "Combined Authority, Leeds City Council, the NHS, the National "
                    "Careers Service and BJSS, and it welcomes new members. Contact "
                    "James Broadhurst, project coordinator at Luminate Education "
                    "Group.</p>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": ["secondary", "further-education", "leaders"],
        "topics": ["digital skills", "careers", "diversity", "STEM"],
        "networks": ["digital-pathways"],
        "organisation": "luminate-education-group",
        "author": "James Broadhurst",
        "published": None,
        "licence": "All rights reserved",
        "access": "members",
        "listed": True,
        "links": [],
        "file": {
            "title": "Digital pathways: activities in development",
            "filename": "digital-pathways-activities-in-development.pdf",
            "text": [
                (
                    "The LLA's digital pathways and destinations steering group works "
                    "to improve progression and widen routes into digital careers for "
                    "young people who are under-represented in the sector."
                ),
                (
                    "Activities in development include a bid for funding to run Leeds "
                    "City College's digital-themed Healthy Holidays programme for a "
                    "third summer in 2024, the University Centre Leeds digital "
                    "immersion programme, a digital extended schools programme for "
                    "Leeds City College and a catalogue of digital taster sessions for "
                    "schools."
                ),
                (
                    "Luminate Education Group is planning a girls and women in tech "
                    "programme for 2023/24, embedding the STEM seven characteristics "
                    "and employer behaviours, using the IBM P-TECH and Open P-TECH "
                    "frameworks and rolling out a Digital Skills action plan."
                ),
                (
                    "The group welcomes new members. The project coordinator is James "
                    "Broadhurst of Luminate Education Group."
                ),
            ],
        },
    },
    {
        "slug": "digital-careers-guide-for-parents-and-carers",
        "title": "Digital careers: a guide for parents and carers",
        "summary": (
            "A plain guide for parents and carers in Leeds to the digital careers "
            "young people may be drawn to, and to how the LLA is widening the routes "
            "into them."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Why we wrote this",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Parents, carers and other trusted adults have a big influence "
                    "on young people's choices. But the economy is changing quickly, "
                    "and many of the jobs today's pupils will apply for do not exist "
                    "yet, so it is hard for anyone to keep up. The LLA's digital "
                    "pathways and destinations group wants the adults around young "
                    "people to have good information too.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Where the digital jobs are",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Digital skills now matter in almost every sector. The group "
                    "focuses on two broad areas:</p><ul><li><b>Creative digital</b>, "
                    "in film, games and television.</li><li><b>Computer science</b>, "
                    "tied to clean engineering and to fields like logistics, using "
                    "technologies such as virtual reality, drones, robotics and cyber "
                    "security, as well as business uses such as marketing.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Why it matters in Leeds",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The digital workforce in Leeds does not yet reflect the "
                    "diversity of the city, and some young people are less likely to "
                    "consider digital courses or careers after 16. The alliance is "
                    "working to change that through initiatives such as the Leeds "
                    "Digital Careers Festival, Growing Digital Talent Leeds and Leeds "
                    "Unleashed, and through school and college activities such as "
                    "robotics sessions.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Talking with your child",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>A few ideas to get the conversation going:</p><ul><li>Ask what "
                    "they enjoy, online and offline: making, designing, solving "
                    "puzzles, telling stories.</li><li>Look together at the courses "
                    "their school or college offers after 16 and where those courses "
                    "can lead.</li><li>Ask their school about careers events and "
                    "taster sessions.</li><li>Remember that digital roles exist in "
                    "creative industries, engineering, logistics and business, not "
                    "only in technology companies.</li></ul>"
                ),
            },
        ],
        "resource_type": "guide",
        "audiences": ["parents", "secondary"],
        "topics": ["digital skills", "careers", "robotics", "transitions"],
        "networks": ["digital-pathways", "careers"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        "published": None,
        "licence": "CC BY-NC 4.0",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "digital-technologies-in-the-strategic-plan",
        "title": "Digital technologies in the LLA strategic plan",
        "summary": (
            "What the LLA strategic plan 2022-2027 says about the digital divide, "
            "curriculum and access, and working with the digital sector: a starting "
            "point for the digital development (AI) network."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "The issues",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The strategic plan identifies two digital "
                    "concerns:</p><ul><li><b>The digital divide.</b> Learning and the "
                    "economy depend more and more on fast, modern technology, yet many "
                    "learners and families are held back by slow, outdated equipment "
                    "and poor access.</li><li><b>Curriculum and access.</b> Education "
                    "providers need to develop what and how they teach so that every "
                    "learner can benefit, especially those most at risk of "
                    "disengaging.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "The commitment",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Digital technologies are one of the ten delivery priorities "
                    "that leaders agreed at the alliance's strategy workshop in "
                    "September 2021. The aim is to improve learners' skills and "
                    "communities' connectivity by working with the digital sector on "
                    "curriculum and pathways. The alliance's values also commit it to "
                    "promoting digital and technological expertise.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Where the AI network fits",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA now lists a digital development network with a focus "
                    "on artificial intelligence (AI). Its lead and plans are still to "
                    "be confirmed, and this summary of the alliance's digital "
                    "priorities is offered as a starting point. Members who would like "
                    "to help shape the network can get in touch through the networks "
                    "contact form.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Questions to discuss",
                    "size": "h3",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Some questions for a first meeting:</p><ul><li>Which of your "
                    "learners are held back by equipment or access at "
                    "home?</li><li>Where could digital tools help re-engage learners "
                    "at risk of disengaging?</li><li>What would you want an AI-focused "
                    "network to share first?</li></ul>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": ["leaders", "primary", "secondary", "further-education"],
        "topics": ["digital skills", "digital divide", "curriculum", "AI"],
        "networks": ["digital-development-ai", "digital-pathways"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "nominating-anti-racism-champions",
        "title": "Nominating anti-racism champions",
        "summary": (
            "A note for member organisations on the action plan's call for every LLA "
            "member to put forward people to act as champions for the alliance's "
            "anti-racism work."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "The ask",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>One of the next steps in the LLA anti-racism action plan asks "
                    "every member organisation to put forward people who will act as "
                    "champions for the alliance's anti-racism work. This note is for "
                    "heads, principals and senior leaders deciding who to put "
                    "forward.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Where champions can help",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Champions link their organisation with the shared work of the "
                    "alliance. The plan's other next steps suggest where they can make "
                    "a difference:</p><ul><li>turning the plan's objectives into "
                    "practice in their own setting, and helping to show progress "
                    "against its measures</li><li>bringing practice from their "
                    "organisation to the Race Equity Leadership Toolkit, and taking "
                    "ideas back</li><li>making sure learners and staff have a real say "
                    "in the plan</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Things to consider",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>When choosing your champions, think "
                    "about:</p><ul><li><b>Visible leadership.</b> Leaders at the "
                    "November 2021 seminar stressed how much visible leadership "
                    "matters for race equality. Consider involving a senior leader "
                    "alongside colleagues closer to the classroom.</li><li><b>Time and "
                    "support.</b> Champions will need time to take part in the Equity "
                    "network and share what they learn.</li><li><b>Voice without "
                    "burden.</b> Plan how champions will hear from learners and staff "
                    "with lived experience of racism, without leaving the work to "
                    "them.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Joining the Equity network",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The Equity network is open to anyone who wants to build a "
                    "shared approach to racial justice and equity in their "
                    "organisation, and champions are warmly encouraged to join.</p>"
                ),
            },
        ],
        "resource_type": "guide",
        "audiences": ["leaders", "governors"],
        "topics": ["anti-racism", "race equity", "leadership"],
        "networks": ["equity"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "members",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "diversity-and-anti-racism-seminar-2021",
        "title": "Diversity and Anti-Racism seminar 2021: notes for members",
        "summary": (
            "Members' notes on the November 2021 Diversity and Anti-Racism seminar at "
            "Leeds Trinity University, where senior leaders shared the experiences and "
            "ideas that shaped the LLA anti-racism action plan."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "The event",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>In November 2021 the LLA brought senior leaders together at "
                    "Leeds Trinity University for a seminar on diversity and "
                    "anti-racism. In a series of workshops they shared experiences and "
                    "ideas and explored actions for the anti-racism action plan the "
                    "alliance had started that year.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What leaders heard",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Three themes stood out:</p><ul><li>how racism affects "
                    "learners' lives and learning</li><li>race equality work that "
                    "organisations such as Leeds City Council already have in "
                    "hand</li><li>how critical visible leadership is in driving better "
                    "outcomes on race equality</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What came out of it",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The passion and commitment in the room were clear. The seminar "
                    "settled where the Diversity and Anti-Racism Action Plan should "
                    "put its weight, and led to a working group that began engaging "
                    "other partners on shared, effective approaches. The ideas leaders "
                    "raised went straight into the developing plan.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Running a similar session",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Members planning their own sessions might borrow the format: "
                    "workshops where leaders share their experience, input on how "
                    "racism affects learners, and examples of race equality work from "
                    "other organisations. The reflection prompts in the Race Equity "
                    "Leadership Toolkit make good preparation.</p>"
                ),
            },
        ],
        "resource_type": "report",
        "audiences": ["leaders", "governors", "higher-education"],
        "topics": ["anti-racism", "race equity", "leadership", "diversity"],
        "networks": ["equity"],
        "organisation": "leeds-trinity-university",
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "members",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "race-4-equality-recruitment-and-reverse-mentoring",
        "title": "Race 4 Equality: fair recruitment and reverse mentoring",
        "summary": (
            "Members' notes from Equity network discussions supporting Leeds City "
            "Council's Race 4 Equality focus: recruiting a diverse workforce fairly "
            "and openly, reverse mentoring, and anti-racist practice."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Background",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>As a next step from its anti-racism plan, the LLA is backing "
                    "Leeds City Council's Race 4 Equality work across education in the "
                    "city. The goal is greater awareness and an active network of "
                    "people committed to an education workforce that better reflects "
                    "Leeds. The Equity network, set up by the Office for Institutional "
                    "Equity at Leeds Trinity University after it opened in January "
                    "2022, is taking this forward.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Topics discussed so far",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The network has hosted discussions on:</p><ul><li><b>Fair and "
                    "transparent recruitment</b> of a more diverse "
                    "workforce.</li><li><b>Reverse mentoring</b>, in which senior "
                    "leaders learn from colleagues whose perspectives and experiences "
                    "they might not otherwise hear.</li><li><b>Anti-racist "
                    "practice</b> and how to make it part of everyday work across "
                    "organisations.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Connected work",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA's strategic plan notes that the people who lead, "
                    "govern and manage member organisations are less diverse than the "
                    "communities they serve. The planned routes-into-teaching portal "
                    "is meant to support a more diverse school workforce, and "
                    "Pathfinders works with the uniformed services on the same "
                    "challenge.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Questions to bring",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>For the next discussion:</p><ul><li>Where could bias enter "
                    "your recruitment process, and who checks?</li><li>Would reverse "
                    "mentoring work in your organisation, and who would take "
                    "part?</li><li>How do you know whether your staff reflect the "
                    "communities you serve?</li></ul><p>To contribute, contact Tamsin "
                    "Bowers-Brown, Director of the Office for Institutional Equity.</p>"
                ),
            },
        ],
        "resource_type": "report",
        "audiences": ["leaders", "governors"],
        "topics": ["race equity", "recruitment", "diversity", "anti-racism"],
        "networks": ["equity", "recruitment-and-development"],
        "organisation": "leeds-trinity-university",
        "author": "Tamsin Bowers-Brown",
        "published": None,
        "licence": "All rights reserved",
        "access": "members",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "restore-provision",
        "title": "Restore: keeping pupils at risk of exclusion connected to learning",
        "summary": (
            "Restore is the LLA's provision for up to 16 pupils at a time who are at "
            "risk of exclusion, staffed by Carr Manor Community School at the CATCH "
            "community centre, with the aim of a prompt return to mainstream school."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "What Restore is",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Restore is a provision created by the Leeds Learning Alliance, "
                    "and there is nothing else like it in the city. At any one time it "
                    "can take up to 16 children whose place in school is at risk "
                    "through exclusion. During a placement, staff work on each pupil's "
                    "educational, behavioural and social needs, so that they can go "
                    "back to mainstream education promptly, when the time is right.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "A school and a charity working together",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Two partners share the work:</p><ul><li><b>Carr Manor "
                    "Community School</b> employs the staff and rents rooms in the "
                    "CATCH community centre. The school can use all of CATCH's "
                    "facilities for respite and restoration, helping each child return "
                    "to school.</li><li><b>CATCH</b> (Community Action to Create Hope) "
                    "is responsible for the education provided on its premises and "
                    "also contributes to education at the school "
                    "itself.</li></ul><p>CATCH also encourages the young people it "
                    "works with to develop a broad range of competencies for their "
                    "next steps, including routes into public services and digital "
                    "skills.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Why it matters",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA's strategic plan warns that formal and informal "
                    "exclusion is growing disproportionately and damages the life "
                    "chances of children who are already more disadvantaged. It also "
                    "recognises that some children, frequently as a result of what "
                    "adults did earlier in their lives, show complex and challenging "
                    "behaviour that calls for skilled and committed approaches to "
                    "inclusion. Restore is one practical answer, grounded in the "
                    "alliance's belief in restorative practice and inclusive "
                    "education.</p>"
                ),
            },
        ],
        "resource_type": "programme",
        "audiences": ["leaders", "governors", "parents"],
        "topics": ["exclusion", "restorative practice", "inclusion"],
        "networks": [
            "equity-peace-and-community-safety",
            "centre-for-inclusive-practice",
        ],
        "organisation": "carr-manor-community-school",
        "author": "Leeds Learning Alliance",
        "published": None,
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": {
            "title": "Restore at a glance",
            "filename": "restore-at-a-glance.pdf",
            "text": [
                (
                    "Restore is a provision created by the Leeds Learning Alliance for "
                    "children at risk of exclusion from school. It is unique in Leeds "
                    "and supports up to 16 children at any one time."
                ),
                (
                    "During a placement, each pupil's educational, behavioural and "
                    "social needs are addressed, with the aim of a prompt return to "
                    "mainstream education when appropriate."
                ),
                (
                    "The staff are employed by Carr Manor Community School, which "
                    "rents rooms at the CATCH community centre and can use all of "
                    "CATCH's facilities for respite and restoration."
                ),
                (
                    "CATCH (Community Action to Create Hope) is responsible for "
                    "education on its premises and also contributes to education at "
                    "the school. Young people are encouraged to build competencies for "
                    "future pathways, including public services and digital skills."
                ),
                (
                    "Restore reflects the LLA's commitment to restorative practice and "
                    "inclusive education, and its concern that exclusion falls hardest "
                    "on the most disadvantaged children."
                ),
            ],
        },
    },
    {
        "slug": "area-inclusion-partnerships-reducing-exclusions",
        "title": "Reducing exclusions together: Leeds area inclusion partnerships",
        "summary": (
            "From Leeds City Council's 2017 learning improvement report: how "
            "headteacher-led area inclusion partnerships used high needs funding to "
            "find early alternatives to exclusion, and what other cities wanted to "
            "learn."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "How the partnerships work",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Leeds City Council's 2017 report to its Executive Board "
                    "described the city's area inclusion partnerships (AIPs) as a rare "
                    "example of trust and respect between a local authority and its "
                    "schools. A considerable amount of High Needs Block funding goes "
                    "to the partnerships to bring exclusions down. Across the sector, "
                    "schools develop creative ways to manage behaviour and to step in "
                    "early, so that fewer children need to be "
                    "excluded.</p><p>Headteachers lead and run the partnerships, and "
                    "the local authority quality assures them. Accountability systems "
                    "are built with schools, and problems are tackled together.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What the comparisons showed",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Comparing Leeds with four similar cities (Bristol, Liverpool, "
                    "Newcastle and Sheffield), the report noted that Bristol, "
                    "Liverpool and Sheffield were all worried about rising exclusions, "
                    "and that Liverpool and Sheffield were working with Leeds to learn "
                    "from its approach. It also warned against reading too much into "
                    "citywide figures: just five Leeds secondary schools accounted for "
                    "55% of all exclusions in the council's data.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Restorative approaches",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The report also pointed to the Restorative Early Support Teams "
                    "(REST), backed by a government innovations bid, and to plans for "
                    "restorative dialogue between the council, schools and partners. "
                    "Restorative practice remains central to the LLA today, from its "
                    "memorandum of understanding to the Restore provision.</p>"
                ),
            },
        ],
        "resource_type": "case-study",
        "audiences": ["primary", "secondary", "leaders"],
        "topics": ["exclusion", "inclusion", "restorative practice", "behaviour"],
        "networks": ["equity-peace-and-community-safety", "secondary-leaders"],
        "organisation": "leeds-city-council",
        "author": "Leeds City Council",
        # the council report is dated 20 September 2017
        "published": "2017-09-20",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "peace-education-and-community-safety",
        "title": "Peace education and community safety",
        "summary": (
            "The LLA's priority on peace education and community safety: why violence "
            "and exclusion concern the alliance, and what partners have committed to "
            "do about them."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "The concern",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA's strategic plan for 2022-2027 notes that violent "
                    "crime, fuelled by rising substance misuse, trafficking and "
                    "poverty, is harming the life chances of many learners and is "
                    "growing among young people in several of the communities members "
                    "serve. It also highlights growing exclusionary practices, which "
                    "fall hardest on the most disadvantaged children, their families "
                    "and communities.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "The priority",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Peace education and community safety is one of the ten "
                    "delivery priorities leaders agreed at the alliance's strategy "
                    "workshop in September 2021. The goal is to help leaders and "
                    "communities work together to build positive peace: strengthening "
                    "cohesion and positive action in communities, and working ahead of "
                    "time to reduce violence and conflict. The alliance's key aims "
                    "also commit it to exploring peace education as a route to a "
                    "culture of learning and wellbeing that is fair, inclusive and "
                    "effective.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Planned actions",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Partners have committed to:</p><ul><li>create curriculum "
                    "materials that favour building and making peace over keeping "
                    "it</li><li>design and run training and support</li><li>set up "
                    "targeted multi-agency community programmes for vulnerable "
                    "communities and young people</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Related work",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Peace education is already one of the areas in which partners "
                    "share practice and train one another, and the Restore provision "
                    "supports pupils at risk of exclusion. The equity, peace and "
                    "community safety network and the community cohesion network are "
                    "the places to take this work forward.</p>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": ["leaders", "primary", "secondary", "further-education"],
        "topics": ["peace education", "community safety", "exclusion", "cohesion"],
        "networks": ["equity-peace-and-community-safety", "community-cohesion"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "lla-trust-principles-and-aims",
        "title": "The LLA trust's principles and aims",
        "summary": (
            "The values, aims and commitments that bind members of the Leeds Learning "
            "Alliance trust together, from inclusive admissions to accountability to "
            "local communities for cohesion."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "What the trust is",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The Leeds Learning Alliance is a trust of like-minded "
                    "education organisations in Leeds, brought together by inclusion, "
                    "close collaboration and high ambition. Its supporters include "
                    "Leeds Trinity University, Leeds College of Building, Leeds Rhinos "
                    "Foundation, Leeds City Council, Bankside Primary School, Carr "
                    "Manor Community School and Wetherby High School.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Principles",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Members commit to:</p><ul><li>mutual respect that does not "
                    "depend on conditions</li><li>admission and retention practices "
                    "that include rather than exclude</li><li>a culture of support and "
                    "challenge that shares innovation, helps staff improve and works "
                    "generously with partners</li><li>putting learning and community "
                    "at the centre of everything</li><li>a well-rounded, relevant "
                    "curriculum for every child, and everyone taking charge of their "
                    "own development</li><li>good, personalised guidance for every "
                    "learner at every stage</li><li>opening up the city's learning "
                    "opportunities, sharing facilities with the community, and "
                    "promoting family learning and healthy lifestyles</li><li>being "
                    "accountable to their neighbourhoods and to Leeds as a whole for "
                    "cohesion and for opening up ways to take part</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Aims for members",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The trust promises members high challenge and high support, as "
                    "a partnership that keeps improving through rigorous quality "
                    "assurance, strong teaching, learning and professional "
                    "development, research-informed practice, wide participation in "
                    "learning, efficient use of resources, joint commissioning, shared "
                    "resources and joint ventures, and healthy lifestyles.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What partners agree to",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Partners sign up to the trust's mission, values, principles "
                    "and aims and promote them throughout their organisation. They "
                    "accept the articles of association, including how to leave; "
                    "secure backing from their governing or trust board; do not join "
                    "any trust or multi-academy trust arising from the collaboration "
                    "without going back to their boards; share information only with "
                    "the agreement of all partners; and decide together on inviting "
                    "new institutions to join.</p>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": ["leaders", "governors"],
        "topics": ["governance", "inclusion", "cohesion", "collaboration"],
        "networks": ["community-cohesion"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        "published": None,
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": {
            "title": "The LLA trust's principles and aims: a summary",
            "filename": "lla-trust-principles-and-aims.pdf",
            "text": [
                (
                    "The Leeds Learning Alliance is a trust of Leeds education "
                    "organisations united by inclusion, close collaboration and high "
                    "ambition."
                ),
                (
                    "Its principles include mutual respect, inclusive admission and "
                    "retention, a culture of support and challenge, a relevant "
                    "curriculum for every child, strong guidance for every learner, "
                    "and accountability to neighbourhoods and the wider city for "
                    "cohesion."
                ),
                (
                    "The trust aims to offer members high challenge and high support "
                    "through quality assurance, strong teaching and professional "
                    "development, research-informed practice, joint commissioning and "
                    "shared resources."
                ),
                (
                    "Partners agree to the trust's mission and values, secure the "
                    "support of their own boards, share information only with the "
                    "agreement of all partners, and decide together on inviting new "
                    "members."
                ),
            ],
        },
    },
    {
        "slug": "memorandum-of-understanding-2021",
        "title": "Memorandum of understanding (2021 update)",
        "summary": (
            "A summary of the LLA's updated memorandum of understanding: how partners "
            "work together, the alliance's vision and values, and its commitment to "
            "inclusive and restorative education."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "What the memorandum does",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA's 2020/21 annual report included an updated memorandum "
                    "of understanding. It sets out how the alliance's partners and "
                    "associates (all called partners in the document) cooperate to "
                    "build, improve and grow education provision in Leeds. Signatories "
                    "agree to develop joint strategies to raise standards and support "
                    "shared community aims, and the alliance offers development "
                    "opportunities to partners' staff and clients. The memorandum is "
                    "not legally binding and is reviewed every year. No partner takes "
                    "on liability for another's affairs, and partners stay free to "
                    "work with other institutions.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Vision",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The alliance describes itself as a community of Leeds "
                    "organisations that provide or support education, sharing an ethos "
                    "and a vision of children, young people and families who are "
                    "successful, healthy and confident learners throughout their "
                    "lives. It puts its faith in collaborating respectfully, in "
                    "restorative practice and in inclusive education, and aims for "
                    "aspirational learning, high achievement, empowering relationships "
                    "and equity of access.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Values in brief",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Partners share values that include:</p><ul><li>achievement for "
                    "every child and young person, through inclusive and restorative "
                    "education that keeps them happy, safe and "
                    "healthy</li><li>learning that respects each learner's needs, "
                    "background, faith and ethical values</li><li>a wide, enriching "
                    "curriculum with purposeful pathways, transitions and "
                    "destinations</li><li>strong professional development for every "
                    "member of staff</li><li>strong partnerships between home and "
                    "providers</li><li>sharing resources and good practice while "
                    "respecting each organisation's identity and autonomy</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Key aims",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Partners focus on raising outcomes for everyone, whatever "
                    "their needs or background; on leading, managing and working in "
                    "inclusive and restorative ways; and on exploring peace education. "
                    "Their relationship-led approach covers shared methods, targeted "
                    "professional development, quality assurance, health and "
                    "wellbeing, pathways and transitions, and making the most of "
                    "shared resources.</p>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": ["leaders", "governors"],
        "topics": ["governance", "collaboration", "restorative practice", "inclusion"],
        "networks": ["community-cohesion"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "clusters-schools-families-and-communities",
        "title": "Clusters: schools working with families and communities",
        "summary": (
            "From Leeds City Council's 2017 report: how Leeds clusters help schools "
            "build links with families and communities, and why the council saw "
            "schools as a gateway to a child-friendly city."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "What clusters are",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Leeds City Council's 2017 learning improvement report "
                    "described clusters as a distinctive Leeds way of bringing schools "
                    "and the local authority close together behind citywide "
                    "initiatives. With support from Children and Families and from "
                    "Health, schools in clusters build ties with families and "
                    "communities so that children and their families are more engaged "
                    "and have better lives and outcomes. Schools chose to buy into "
                    "clusters, and the report noted that Ofsted had called these "
                    "support networks a gift.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Reaching vulnerable families",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Through clusters, schools have found new ways to engage the "
                    "families of vulnerable learners and help them take an active "
                    "part. The council was clear that these links also needed to show "
                    "a strong, positive effect on standards.</p><p>Alongside clusters, "
                    "the more focused Restorative Early Support Teams (REST) relied on "
                    "the same close relationship between schools, including academies, "
                    "and the council.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Schools as a gateway",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The council saw schools as more than places of learning. "
                    "Through them, the city can reach every child, young person and "
                    "family, which makes them central to Leeds becoming a "
                    "child-friendly city. The report described a two-way relationship: "
                    "a strong, compassionate city needs great schools, and great "
                    "schools draw strength from a lively city.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "For cohesion work today",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA trust's principles commit members to be accountable to "
                    "their neighbourhoods and to Leeds for cohesion and involvement, "
                    "and to promote family learning. The community cohesion network "
                    "may find the cluster model a useful reference point.</p>"
                ),
            },
        ],
        "resource_type": "case-study",
        "audiences": ["primary", "secondary", "leaders", "governors"],
        "topics": ["cohesion", "families", "vulnerable learners", "partnership"],
        "networks": ["community-cohesion"],
        "organisation": "leeds-city-council",
        "author": "Leeds City Council",
        # the council report is dated 20 September 2017
        "published": "2017-09-20",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "centre-for-inclusive-practice-introduction",
        "title": "The Centre for Inclusive Practice: an introduction",
        "summary": (
            "An introduction to the LLA Centre for Inclusive Practice: why it is being "
            "developed, the inclusive practices partners already share, and its "
            "research partnership with Leeds Trinity University."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Why a centre",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Inclusion has been central to the alliance since it began. The "
                    "LLA Centre for Inclusive Practice is meant to bring together "
                    "expertise and experience from Leeds, the region, the country and "
                    "beyond, so that inclusive practice improves outcomes for "
                    "children, young people and families. Leeds Trinity University, "
                    "Carr Manor Community School and other partners inside and outside "
                    "the LLA are working out what it will look like and do.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What partners already share",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Even before the centre opens, partners train one another and "
                    "share practice in:</p><ul><li>inclusive and ethical "
                    "leadership</li><li>inclusive school practices</li><li>restorative "
                    "practice</li><li>relational and behaviour practices</li><li>peace "
                    "education</li><li>coaching</li><li>character "
                    "development</li><li>teaching and "
                    "learning</li><li>safeguarding</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What it will offer",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Run by LLA partner organisations, the centre is intended to "
                    "provide research and development, training, support with putting "
                    "practice in place, evaluation of impact, and networks for "
                    "inclusive practice. The alliance's strategic plan ties it to the "
                    "priority on inclusive and restorative practices, which aims to "
                    "minimise exclusion.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Research partner",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The centre works directly with the Research Centre for "
                    "Inclusion, Diversity and Social Justice (CIDSJ) at Leeds Trinity "
                    "University, which will carry out evidence-based research on the "
                    "priorities the LLA identifies.</p>"
                ),
            },
        ],
        "resource_type": "guide",
        "audiences": [
            "leaders",
            "primary",
            "secondary",
            "further-education",
            "higher-education",
        ],
        "topics": ["inclusion", "restorative practice", "professional development"],
        "networks": ["centre-for-inclusive-practice"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "CC BY-NC 4.0",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "centre-for-inclusive-practice-design-options",
        "title": "Centre for Inclusive Practice: design options for partners",
        "summary": (
            "A members' working paper on the choices partners face in designing the "
            "Centre for Inclusive Practice: proposed objectives, structure, geography "
            "and the kinds of activity it could take on."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Proposed objectives",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The broad aim is to develop and put in place effective "
                    "inclusive practice that improves outcomes for children, young "
                    "people and families. Four objectives are proposed, still to be "
                    "agreed by partners:</p><ol><li>raise the quality and reach of "
                    "inclusive provision</li><li>build evaluation and research models "
                    "and make them routine</li><li>design inclusive ways of "
                    "implementing practice and measuring its impact</li><li>work out "
                    "approaches to organisational change</li></ol>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Structure",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The centre could combine elements of three "
                    "models:</p><ul><li><b>Virtual:</b> staff brought together as "
                    "needed around projects and shared aims.</li><li><b>Formal:</b> "
                    "agreed roles, responsibilities, meetings, identity and reporting, "
                    "with capacity drawn from existing "
                    "organisations.</li><li><b>Place-focused:</b> a formal "
                    "organisation with its own premises, identity and "
                    "administration.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Where it works",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The pandemic encouraged online and blended working and blurred "
                    "geographical boundaries. Face-to-face work is likely to stay the "
                    "default, with virtual working where it helps. Partners need to "
                    "decide which activities and themes suit local, regional, national "
                    "or international work.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What it does",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Some activity would face inward, towards member organisations: "
                    "agreeing a shared understanding of inclusive practice, developing "
                    "practice across members, sharing joint performance indicators, "
                    "research and knowledge exchange, and training and certification. "
                    "Other activity would face outward: looking at structural factors, "
                    "leadership and governance, learning from and sharing practice "
                    "across national and international boundaries, and linking with "
                    "external networks.</p><p>One way to picture this is as a set of "
                    "rings, with work on learner development at the centre and work on "
                    "policy change towards the outer edge.</p>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": ["leaders", "higher-education"],
        "topics": ["inclusion", "research", "leadership", "organisational change"],
        "networks": ["centre-for-inclusive-practice"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "members",
        "listed": True,
        "links": [],
        "file": {
            "title": "Designing the Centre for Inclusive Practice: discussion sheet",
            "filename": "centre-for-inclusive-practice-design-options.pdf",
            "text": [
                (
                    "Leeds Trinity University, Carr Manor Community School and other "
                    "partners are designing the LLA Centre for Inclusive Practice. "
                    "This sheet sets out the main choices for discussion."
                ),
                (
                    "Proposed objectives, still to be agreed: raise the quality and "
                    "reach of inclusive provision; build and embed evaluation and "
                    "research models; design inclusive ways to implement practice and "
                    "measure impact; and work out approaches to organisational change."
                ),
                (
                    "Structure: the centre could be virtual, formal or place-focused, "
                    "or a mix of the three. Which balance would work best for your "
                    "organisation, and what capacity could you contribute?"
                ),
                (
                    "Geography: which themes are best tackled locally, and which "
                    "regionally, nationally or internationally?"
                ),
                (
                    "Activity: what should the centre do for members first, and what "
                    "should it offer to organisations outside the alliance?"
                ),
            ],
        },
    },
    {
        "slug": "cidsj-and-northern-critical-diversity-network",
        "title": (
            "Research for inclusion: CIDSJ and the Northern Critical Diversity Network"
        ),
        "summary": (
            "How Leeds Trinity University's Research Centre for Inclusion, Diversity "
            "and Social Justice supports the LLA with evidence-based research, and its "
            "links to a regional network of universities."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "The research centre",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Alongside the LLA Centre for Inclusive Practice, and working "
                    "directly with it, Leeds Trinity University has developed the "
                    "Research Centre for Inclusion, Diversity and Social Justice "
                    "(CIDSJ). Its purpose is research and knowledge exchange, "
                    "producing evidence that can inform practice across the alliance. "
                    "In particular, it will take ideas from the LLA and develop "
                    "research and projects in the areas the alliance sees as "
                    "priorities.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "A regional network",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>CIDSJ links to the Northern Critical Diversity Network (NCDN), "
                    "a regional network whose members include the University of Leeds, "
                    "Leeds Beckett University, the University of Bradford, the "
                    "University of York, Sheffield Hallam University and Leeds Trinity "
                    "University.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "How the alliance uses research",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA's strategic plan commits members to commission "
                    "research from their own research community, to encourage "
                    "practitioners' action research, to use data impartially and to "
                    "base strategic decisions on informed analysis rather than "
                    "ideology. Under its research and knowledge exchange priority, the "
                    "alliance plans targeted research, a participatory action research "
                    "programme for members, and closer links between researchers and "
                    "practitioners.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "For college and university leaders",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Further and higher education partners are well placed to "
                    "connect practitioners with researchers. The further and higher "
                    "education leaders' network and the Centre for Inclusive Practice "
                    "are natural places to raise research questions that matter in "
                    "your setting.</p>"
                ),
            },
        ],
        "resource_type": "programme",
        "audiences": ["higher-education", "further-education", "leaders"],
        "topics": ["research", "inclusion", "diversity", "social justice"],
        "networks": [
            "centre-for-inclusive-practice",
            "further-and-higher-education-leaders",
        ],
        "organisation": "leeds-trinity-university",
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "sustainability-network-priorities",
        "title": (
            "Sustainability, global learning and climate change: network priorities"
        ),
        "summary": (
            "What the LLA's sustainability, global learning and climate change network "
            "wants to achieve: engaged leaders and governors, confident teachers, "
            "well-informed young people and one city-wide voice on climate action."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Why the network exists",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Sustainability and climate change are existential issues, and "
                    "member organisations wanted to tackle them together, with one "
                    "clear voice showing that the city wants action. The network is "
                    "young, but it builds on earlier LLA work and on the expertise of "
                    "Global Learning Leeds (formerly LeedsDEC) and Climate Adapted "
                    "Pathways for Education (CAPE), and it aims to involve "
                    "organisations from across the alliance.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Three commitments",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The network's priorities are still being refined, but it is "
                    "committed to improving:</p><ol><li><b>Leadership and "
                    "governance.</b> The interest of school leaders and governors, "
                    "building the knowledge and skills leaders need to champion "
                    "sustainability across the system.</li><li><b>Teachers' subject "
                    "knowledge.</b></li><li><b>Children's and young people's "
                    "understanding.</b></li></ol>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "How it will work",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>To support these aims, the network gathers good resources and "
                    "shares them. In the longer term it intends to shape policy, "
                    "advocate and lobby so that local and national politicians engage "
                    "with these issues and make them a priority for education. It "
                    "plans events to build the capacity of educators and leaders, and "
                    "wants to work with businesses, community organisations and local "
                    "authorities to connect education with industry, so that young "
                    "people gain the Green Skills they will need.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "The ambition",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The network wants Leeds to become a model of excellence in "
                    "sustainability education, where sustainability is a founding "
                    "principle of learning rather than an add-on, leaving a legacy of "
                    "informed, proactive leaders and learners. It is led by Professor "
                    "Leigh Hoath, Deputy Dean of the School of Education at Leeds "
                    "Trinity University.</p>"
                ),
            },
        ],
        "resource_type": "guide",
        "audiences": [
            "leaders",
            "governors",
            "primary",
            "secondary",
            "further-education",
        ],
        "topics": ["sustainability", "climate", "global learning", "green skills"],
        "networks": ["sustainability-and-climate"],
        "organisation": "leeds-trinity-university",
        "author": "Leigh Hoath",
        "published": None,
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "climate-action-in-the-strategic-plan",
        "title": "Climate action in the LLA strategic plan",
        "summary": (
            "Why climate change is one of the LLA's delivery priorities for 2022-2027, "
            "and the actions partners agreed: training and curriculum resources, and "
            "cutting each organisation's carbon footprint."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Why climate is a priority",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA's strategic plan records that children and young "
                    "people are deeply worried about the future of the planet and need "
                    "adults in positions of power to act decisively and effectively "
                    "now. The alliance's values include championing environmental "
                    "regeneration, and its 2020/21 annual report counted the growing "
                    "attention to climate change and the environment among the big "
                    "opportunities ahead.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "The city context",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Leeds has committed to working towards net zero carbon by "
                    "2030. As a large partnership across sectors, the LLA sees itself "
                    "as well placed to support the city's Best City Ambition, focusing "
                    "on inclusive growth, climate action, and health and wellbeing.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What partners agreed",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>At the strategy workshop in September 2021, leaders made "
                    "climate change one of ten delivery priorities, aiming for the "
                    "alliance to tackle climate change at pace. The planned actions "
                    "are to:</p><ul><li>create training and resources that shape the "
                    "curriculum and deepen understanding among children, young people "
                    "and staff</li><li>encourage each member organisation to adopt "
                    "strategies that cut its carbon footprint</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Questions for your organisation",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>To start a conversation with colleagues:</p><ul><li>Where does "
                    "learning about climate and sustainability already appear in your "
                    "curriculum, and where is it missing?</li><li>Who leads on your "
                    "organisation's carbon footprint, and do learners have a voice in "
                    "that work?</li><li>What training would help your staff feel "
                    "confident teaching about climate change?</li></ul>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": [
            "leaders",
            "governors",
            "primary",
            "secondary",
            "further-education",
        ],
        "topics": ["climate", "sustainability", "curriculum", "carbon footprint"],
        "networks": ["sustainability-and-climate"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "sustainability-network-strategic-plan-draft",
        "title": "Sustainability network strategic plan: draft themes",
        "summary": (
            "Working notes on the themes the sustainability, global learning and "
            "climate change network's strategic plan will cover while it is being "
            "drafted."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Status",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The network's strategic plan is still under construction. "
                    "These notes record the themes it is expected to cover, so that "
                    "network members can comment before a draft is shared more widely. "
                    "Please do not circulate them.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Themes",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The plan will consider:</p><ul><li><b>Agreed language.</b> "
                    "Shared terms, so that everyone means the same thing when talking "
                    "about sustainability and climate.</li><li><b>Green Skills.</b> "
                    "Developing the skills young people will need, in partnership with "
                    "industry.</li><li><b>Sustainability in management and "
                    "leadership.</b> How leaders build sustainability into the way "
                    "their organisations are run.</li><li><b>A Global Learning "
                    "Curriculum.</b> Support for settings to weave sustainability and "
                    "global learning into the curricula they already teach.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Links to the alliance's plan",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>These themes sit alongside the climate actions in the LLA "
                    "strategic plan: training and resources for the curriculum and for "
                    "understanding, and strategies to reduce each organisation's "
                    "carbon footprint. The network also intends to host events that "
                    "build the capacity of educators and leaders.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Comments",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Please send comments to the network lead, Professor Leigh "
                    "Hoath, ahead of the next meeting.</p>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": ["leaders", "governors"],
        "topics": ["sustainability", "climate", "green skills", "curriculum"],
        "networks": ["sustainability-and-climate"],
        "organisation": "leeds-trinity-university",
        "author": "Leigh Hoath",
        "published": None,
        "licence": "All rights reserved",
        "access": "members",
        "listed": False,
        "links": [],
        "file": None,
    },
    {
        "slug": "routes-into-teaching",
        "title": "Routes into teaching across the alliance",
        "summary": (
            "An introduction for people thinking about teaching in Leeds: how LLA "
            "members support initial teacher training, and why the alliance wants a "
            "more diverse school workforce."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Thinking about teaching?",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The Leeds Learning Alliance brings together schools, colleges "
                    "and universities across the city. Between them, member "
                    "organisations offer or support several different routes into "
                    "teaching. The alliance wants anyone considering a teaching career "
                    "to be able to see those options clearly and choose the one that "
                    "suits them.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "A single place to start",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA's workforce development group has been building a "
                    "one-stop portal on the alliance's website. It is designed to "
                    "explain the routes into teaching in plain terms and to highlight "
                    "the particular opportunities that come from working across LLA "
                    "organisations.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Widening who teaches",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The alliance recognises that leadership and staffing in its "
                    "organisations do not yet reflect the diversity of the communities "
                    "it serves. The portal is part of a wider effort to diversify the "
                    "school workforce, including work with particular communities and "
                    "events that encourage a broader range of people to train to "
                    "teach.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Growing once you are here",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Member organisations offer a wide range of professional "
                    "development for staff in many roles, and the group is working to "
                    "open it up across the alliance. Staff can also take the "
                    "Post-Graduate Certificate in Inclusive Leadership, and accredited "
                    "courses for non-teaching staff are being planned.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Questions to ask",
                    "size": "h3",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>When you talk to a school or college, you might "
                    "ask:</p><ul><li>Which routes suit someone changing career, or "
                    "someone already working in a school?</li><li>What support will I "
                    "get while I train?</li><li>How does the organisation support "
                    "staff from backgrounds that are under-represented in "
                    "teaching?</li></ul>"
                ),
            },
        ],
        "resource_type": "guide",
        "audiences": ["leaders", "higher-education", "further-education"],
        "topics": [
            "recruitment",
            "initial teacher training",
            "diversity",
            "professional development",
        ],
        "networks": ["recruitment-and-development"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "CC BY-NC 4.0",
        "access": "public",
        "listed": True,
        "links": [],
        "file": {
            "title": "Routes into teaching in Leeds: a starting point",
            "filename": "routes-into-teaching.pdf",
            "text": [
                (
                    "Schools, colleges and universities in the Leeds Learning Alliance "
                    "offer or support a number of routes into teaching."
                ),
                (
                    "The alliance's workforce development group is building a one-stop "
                    "portal on the LLA website to explain those routes clearly and to "
                    "show the opportunities that come from working across member "
                    "organisations."
                ),
                (
                    "The LLA wants its school workforce to reflect the communities it "
                    "serves, and will use the portal in work with particular "
                    "communities and at events that encourage a wider range of people "
                    "to train to teach."
                ),
                (
                    "Once in post, staff can draw on professional development shared "
                    "across the alliance, including the Post-Graduate Certificate in "
                    "Inclusive Leadership."
                ),
            ],
        },
    },
    {
        "slug": "pg-cert-inclusive-leadership",
        "title": "Post-Graduate Certificate in Inclusive Leadership",
        "summary": (
            "A postgraduate course for LLA staff on inclusive leadership and "
            "education. The first cohort's feedback was extremely positive, and a "
            "second cohort was due to start."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "About the course",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The Post-Graduate Certificate in Inclusive Leadership is part "
                    "of the professional development shared across the LLA. "
                    "Participants engage with the latest academic research behind "
                    "inclusive leadership and education, and complete research "
                    "projects of their own.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What the first cohort said",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Feedback and success rates from the first cohort were "
                    "extremely positive. Participants particularly valued working with "
                    "current research, and their projects have already inspired "
                    "further projects and initiatives in LLA organisations. The "
                    "2020/21 annual report noted that a second cohort was about to "
                    "begin.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Why inclusive leadership",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA's strategic plan makes leadership a delivery priority. "
                    "It recognises that the pandemic and a decade of austerity have "
                    "made leadership complex, and that recruiting, developing and "
                    "keeping strong, ethical and inclusive leaders is hard. It commits "
                    "the alliance to leadership support, including networks, "
                    "shadowing, mentoring, placements and training, centred on "
                    "ethical, inclusive leadership and on more diverse leadership.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Is it for you?",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>If you lead, or hope to lead, in an LLA school, college or "
                    "partner organisation and want to ground your practice in "
                    "research, ask your line manager or the recruitment and "
                    "development network about the next cohort.</p>"
                ),
            },
        ],
        "resource_type": "programme",
        "audiences": ["leaders", "primary", "secondary", "further-education"],
        "topics": ["leadership", "inclusion", "professional development", "research"],
        "networks": ["recruitment-and-development", "centre-for-inclusive-practice"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "lla-wellbeing-strategy-working-notes",
        "title": "LLA Wellbeing Strategy: products and services under review",
        "summary": (
            "Working notes for members on the shared LLA Wellbeing Strategy: staff "
            "wellbeing products, services and approaches being trialled for possible "
            "joint purchase, and planned work on learners' mental health."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Status",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>These working notes support the recruitment and development "
                    "network's discussions. They describe work in progress and should "
                    "not be shared outside member organisations.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Staff wellbeing",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>To strengthen a shared LLA Wellbeing Strategy, the workforce "
                    "development group has been trialling and reviewing a range of "
                    "products, services and approaches that the alliance might buy "
                    "together for colleagues across the city. Buying jointly fits the "
                    "trust's aims of joint commissioning and economies of scale "
                    "through shared resources.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Learners' mental health and wellbeing",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Planned projects will team up with agencies and organisations "
                    "around Leeds on learners' mental health and wellbeing. One "
                    "example is involvement in the Leeds 2023 Year of Culture, where "
                    "member organisations expect to play a big part in projects that "
                    "inspire and involve people of all ages across the city. The "
                    "strategic plan explains the urgency: mental health among young "
                    "people is getting worse, alongside rising obesity, self-harm and "
                    "risky behaviour.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "For discussion",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Questions for the next meeting:</p><ul><li>Which products or "
                    "services has your organisation found useful for staff "
                    "wellbeing?</li><li>What would make joint purchasing worthwhile "
                    "for you?</li><li>Which local agencies do you already work with on "
                    "learners' mental health?</li></ul>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": ["leaders", "governors"],
        "topics": ["wellbeing", "mental health", "workforce"],
        "networks": ["recruitment-and-development"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "members",
        "listed": False,
        "links": [],
        "file": None,
    },
    {
        "slug": "membership-offer-and-shared-services",
        "title": "Membership offer and shared services: plans in development",
        "summary": (
            "A members' summary of the strategic plan's priorities for strengthening "
            "the alliance itself: an induction, shared services, joint procurement, a "
            "fair fee structure and a growing membership."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Why this matters",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The strategic plan is candid that the LLA's funding is "
                    "insecure and that its day-to-day work leans too heavily on "
                    "in-kind donations and goodwill. With member organisations under "
                    "their own leadership and budget pressures, that cannot last, and "
                    "a growing membership will expect better services and "
                    "communication.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What is planned",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The development priorities include:</p><ul><li><b>Membership "
                    "offer:</b> an induction for new members and a resource bank "
                    "including a helpline, shared HR, recruitment support, marketing "
                    "and a network of practitioners.</li><li><b>Shared services:</b> "
                    "better value from sharing expertise in areas such as HR, finance, "
                    "marketing, procurement, property, catering and "
                    "governance.</li><li><b>Procurement and trading:</b> joint "
                    "commissioning and procurement for economies of scale, conferences "
                    "and training for partners and beyond, and consultancy, specialist "
                    "and intervention services.</li><li><b>Financial stability:</b> a "
                    "fair and reasonable fee structure, an annual budget and new "
                    "income from sponsors, grants and "
                    "fundraising.</li><li><b>Membership growth:</b> welcoming partners "
                    "and associates from every phase of education, arts and culture, "
                    "the third sector, health and business.</li><li><b>Governance:</b> "
                    "a central service hub covering governance, the chief executive, "
                    "operations, communications and finance.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Your part",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Members can help by suggesting services worth sharing and by "
                    "introducing organisations that might join as supporters, sponsors "
                    "or affiliates.</p>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": ["leaders", "governors"],
        "topics": ["membership", "shared services", "procurement", "governance"],
        "networks": ["recruitment-and-development"],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "members",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "lla-strategic-plan-2022-2027",
        "title": "LLA strategic plan 2022-2027",
        "summary": (
            "A summary of the alliance's five-year strategy: the issues driving it, "
            "three strategic objectives, ten delivery priorities, and how members will "
            "decide, advocate and support one another."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "Why a new strategy",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The gap between the most deprived communities in Leeds and "
                    "those facing fewer barriers is widening, and education, health "
                    "and employment outcomes are getting worse for children and young "
                    "people in the most challenged communities. In 2019 the Education "
                    "Policy Institute estimated it would take more than 500 years to "
                    "close the national gap between disadvantaged pupils and their "
                    "peers, and the pandemic has since made things worse. The strategy "
                    "was shaped at a workshop hosted by the Leeds Rhinos Foundation on "
                    "28 September 2021.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Three strategic objectives",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The plan is built around three "
                    "objectives:</p><ul><li><b>Achievement:</b> closing the gaps in "
                    "achievement.</li><li><b>Health:</b> closing the gaps in health "
                    "inequalities.</li><li><b>Employment:</b> opening pathways and "
                    "transitions to all.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Ten delivery priorities",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Leadership; diversity; inclusive and restorative practices; "
                    "workforce development and talent management; health and "
                    "wellbeing; curriculum and pedagogy; climate change; peace "
                    "education and community safety; pathways, transitions and "
                    "employability; and digital technologies. Each is led by a "
                    "different partner. A further set of development priorities, led "
                    "by the chief executive, strengthens the alliance itself, from "
                    "research and knowledge exchange to membership growth and "
                    "financial stability.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "How the alliance works",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Members commit to base decisions on evidence and on "
                    "colleagues' professional judgement, to put learners' needs ahead "
                    "of institutional ones, and to consider the whole learner. They "
                    "will speak up for the most vulnerable with policy makers and "
                    "support each other through safe spaces, expert help and shared "
                    "services. The LLA is not a regulator: it relies on trust, and it "
                    "will only step into a school's affairs if that school invites it "
                    "to.</p>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": ["leaders", "governors"],
        "topics": ["strategy", "leadership", "inclusion", "closing the gap"],
        "networks": [
            "primary-leaders",
            "secondary-leaders",
            "further-and-higher-education-leaders",
            "recruitment-and-development",
        ],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": {
            "title": "LLA strategic plan 2022-2027 at a glance",
            "filename": "lla-strategic-plan-2022-2027.pdf",
            "text": [
                (
                    "The Leeds Learning Alliance's strategic plan for 2022-2027 aims "
                    "to change outcomes for children, young people and families at a "
                    "time when the gap between the most deprived communities and "
                    "others is widening."
                ),
                (
                    "It has three strategic objectives: closing the gaps in "
                    "achievement, closing the gaps in health inequalities, and opening "
                    "pathways and transitions to all."
                ),
                (
                    "Leaders agreed ten delivery priorities at a strategy workshop "
                    "hosted by the Leeds Rhinos Foundation on 28 September 2021: "
                    "leadership; diversity; inclusive and restorative practices; "
                    "workforce development; health and wellbeing; curriculum and "
                    "pedagogy; climate change; peace education and community safety; "
                    "pathways, transitions and employability; and digital technologies."
                ),
                (
                    "Development priorities strengthen the alliance itself, including "
                    "research and knowledge exchange, youth and community voice, "
                    "shared services, membership growth and financial stability."
                ),
                (
                    "Members commit to evidence-informed decisions, advocacy for the "
                    "most vulnerable learners and mutual support. The LLA is not a "
                    "regulator and works on trust."
                ),
            ],
        },
    },
    {
        "slug": "strategic-plan-delivery-actions",
        "title": "Strategic plan 2022-2027: delivery actions by priority",
        "summary": (
            "A members' working reference listing the actions agreed under each of the "
            "strategic plan's ten delivery priorities, for partners planning their own "
            "contribution."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "How to use this",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Each delivery priority in the LLA strategic plan has a lead "
                    "partner, with a named converter and supporter. Use this list when "
                    "planning how your organisation will contribute.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Actions",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The agreed actions are:</p><ul><li><b>Leadership:</b> informal "
                    "and formal support (networks, shadowing, mentoring, placements "
                    "and training) for leaders and aspiring leaders, focused on "
                    "ethical and inclusive leadership and more diverse "
                    "leadership.</li><li><b>Diversity:</b> review governance and "
                    "policy, provide training, and share good "
                    "practice.</li><li><b>Inclusive and restorative practices:</b> "
                    "encourage relational and restorative ways of leading, managing "
                    "and providing pastoral support; deliver practical training on "
                    "equity, diversity and inclusion; develop the Centre for Inclusive "
                    "Practice.</li><li><b>Workforce development:</b> a joined-up "
                    "approach to recruiting and keeping staff, and a broad programme "
                    "of professional development and talent "
                    "management.</li><li><b>Health and wellbeing:</b> research "
                    "multi-agency public health approaches, including to mental health "
                    "and obesity, and lead preventative work with children and young "
                    "people at risk.</li><li><b>Curriculum:</b> joint practice and "
                    "training to raise the quality of the curriculum and of "
                    "skills.</li><li><b>Climate change:</b> training and curriculum "
                    "resources, and strategies to cut each organisation's carbon "
                    "footprint.</li><li><b>Community safety and peace:</b> curriculum "
                    "resources for peace building and making, training and support, "
                    "and targeted multi-agency programmes for vulnerable communities "
                    "and young people.</li><li><b>Employment pathways:</b> better and "
                    "broader information, advice and guidance, and explicit links "
                    "between major employers and groups that are "
                    "under-represented.</li><li><b>Digital technologies:</b> work with "
                    "the digital sector on curriculum and pathways to improve "
                    "connectivity and skills.</li></ul>"
                ),
            },
        ],
        "resource_type": "policy",
        "audiences": ["leaders", "governors"],
        "topics": ["strategy", "leadership", "inclusion", "professional development"],
        "networks": [
            "equity",
            "centre-for-inclusive-practice",
            "careers",
            "digital-pathways",
            "sustainability-and-climate",
        ],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "members",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "annual-report-2020-21",
        "title": "Annual report 2020/21",
        "summary": (
            "The alliance's second annual review: a year of growth despite the "
            "pandemic, reports from its working groups, the new strategic plan, an "
            "updated memorandum of understanding and the accounts."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "A year of challenge and hope",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>In his foreword, Independent Chair Paul Brennan picks out two "
                    "themes that run through the year: challenge and hope. The "
                    "communities the alliance serves were hit harder by the pandemic "
                    "than the rest of society, and staff across member organisations "
                    "went far beyond what was expected to support them. The cover "
                    "marks the visit of HRH Prince William to CATCH to meet young "
                    "people there, and the report's theme, Creating Hope, draws on "
                    "CATCH's name.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "What is inside",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The report contains:</p><ul><li>an introduction from Chief "
                    "Executive Officer Simon Flowers on growth, new governance "
                    "arrangements and interest from new organisations</li><li>working "
                    "group reports on public service pathways, digital pathways, "
                    "workforce development, the Centre for Inclusive Practice and "
                    "diversity</li><li>a summary of the LLA strategic plan "
                    "2022-2027</li><li>a revised memorandum of understanding and a new "
                    "structure for governance</li><li>financial statements for the "
                    "year to 30 June 2021</li><li>a message from LLA ambassador Jamie "
                    "Jones-Buchanan MBE</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "The alliance in numbers",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Formed in late 2019, the alliance had 15 members (partners and "
                    "associates) in 2021, supporting more than 70,000 learners from "
                    "early years to adult. Contributions from partners for the year to "
                    "30 June 2021 were £8,000, up from £3,500 the year before.</p>"
                ),
            },
        ],
        "resource_type": "report",
        "audiences": ["leaders", "governors"],
        "topics": ["governance", "strategy", "inclusion"],
        "networks": [
            "pathfinders-and-youth-work",
            "digital-pathways",
            "recruitment-and-development",
            "centre-for-inclusive-practice",
            "equity",
        ],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        # month only in the seeds: the 2020/21 annual report's accounts are dated
        # December 2021
        "published": "2021-12-01",
        "licence": "All rights reserved",
        "access": "public",
        "listed": True,
        "links": [],
        "file": None,
    },
    {
        "slug": "running-an-lla-network",
        "title": "Running an LLA network: a guide for network leads",
        "summary": (
            "Practical notes for network leads and facilitators: how LLA networks grow "
            "through connection, sense-making and sustained action, and the routine "
            "tasks that keep a network running."
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": "How networks grow",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA describes itself as a network of networks. What counts "
                    "is not any single person or organisation but the relationships "
                    "between them and what those connections mean. Most networks have "
                    "grown through three phases:</p><ol><li><b>Connection.</b> "
                    "Partners meet, for example at Leaders' Breakfasts, and discover "
                    "shared interests.</li><li><b>Sense-making.</b> Activities such as "
                    "roundtables help them build knowledge together and set "
                    "goals.</li><li><b>Sustained action.</b> A facilitator keeps "
                    "activity going in line with the shared objectives.</li></ol>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "The routine that keeps a network going",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Good network management covers:</p><ul><li><b>Scheduling:</b> "
                    "arrange the place, platform and logistics for each "
                    "meeting.</li><li><b>Communication:</b> promote the network and "
                    "send agendas in advance.</li><li><b>Chairing:</b> guide "
                    "discussion and help the group reach "
                    "decisions.</li><li><b>Follow-up:</b> send minutes, track actions "
                    "and plan next steps.</li><li><b>Attendance:</b> keep a record of "
                    "who comes, and tell Sam Hallas so the LLA calendar stays up to "
                    "date.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Welcoming new members",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>People who want to find out more about a network, or to join "
                    "one, can use the contact form on the networks page. A prompt "
                    "reply and an invitation to the next meeting go a long way.</p>"
                ),
            },
        ],
        "resource_type": "guide",
        "audiences": ["leaders"],
        "topics": ["networks", "leadership", "collaboration"],
        "networks": [
            "primary-leaders",
            "secondary-leaders",
            "send",
            "further-and-higher-education-leaders",
            "careers",
            "pathfinders-and-youth-work",
            "digital-pathways",
            "digital-development-ai",
            "equity",
            "equity-peace-and-community-safety",
            "community-cohesion",
            "centre-for-inclusive-practice",
            "sustainability-and-climate",
            "recruitment-and-development",
        ],
        "organisation": None,
        "author": "Leeds Learning Alliance",
        "published": None,
        "licence": "All rights reserved",
        "access": "members",
        "listed": True,
        "links": [],
        "file": None,
    },
]

TOOLKIT = {
    "slug": "race-equity-leadership-toolkit",
    "title": "Race Equity Leadership Toolkit",
    "summary": (
        "A living toolkit from the LLA Equity network that helps leaders move from "
        "commitment to action on race equity, starting with guided personal reflection "
        "and building shared accountability for anti-racism."
    ),
    "intro": (
        "<p>The Race Equity Leadership Toolkit exists so that leaders in Leeds and "
        "beyond treat anti-racist practice as essential, not optional. It begins where "
        "anti-racism has to begin, with guided work on yourself, and then turns to "
        "your organisation: its curriculum, its recruitment and the diversity of its "
        "leadership.</p><p>The toolkit grew out of the LLA anti-racism action plan and "
        "is looked after by the Equity network. It is a living resource. The network "
        "talks regularly about how best to develop the tools and use them in practice, "
        "and shared learning and mutual accountability keep it current. Some chapters "
        "come with a printable worksheet.</p>"
    ),
    "audiences": [
        "leaders",
        "governors",
        "primary",
        "secondary",
        "further-education",
        "higher-education",
    ],
    "topics": ["race equity", "anti-racism", "leadership", "diversity", "recruitment"],
    "networks": ["equity"],
    "organisation": "leeds-trinity-university",
    "author": "Leeds Learning Alliance Equity Network",
    # the seeds give no launch date for the toolkit
    "published": None,
    "last_reviewed": "2026-11-23",
    "licence": "CC BY-NC 4.0",
    "access": "public",
    "changelog": [
        # month only in the seeds: the seminar was in November 2021
        {
            "date": "2021-11-01",
            "text": (
                "Senior leaders met at a Diversity and Anti-Racism seminar to shape "
                "the LLA anti-racism action plan, whose next steps included a toolkit "
                "for LLA leaders."
            ),
        },
        # month only in the seeds: the office opened in January 2022
        {
            "date": "2022-01-01",
            "text": (
                "The Office for Institutional Equity opened at Leeds Trinity "
                "University and set up the Equity network, which now develops the "
                "toolkit."
            ),
        },
        {
            "date": "2026-11-23",
            "text": "Published on the new LLA website as a living toolkit.",
        },
    ],
    "chapters": [
        {
            "slug": "why-race-equity-matters",
            "title": "Why race equity matters in Leeds education",
            "summary": (
                "The case for action in the LLA's own words: racism from individuals "
                "and institutions, lower outcomes, a Eurocentric curriculum and "
                "leadership that does not yet reflect Leeds."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "text": "What the alliance has said",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The LLA does not treat racism as somebody else's problem. "
                        "Its strategic plan for 2022-2027 states that learners, their "
                        "communities and staff experience racism, both from "
                        "individuals and from institutions, and that this leads to "
                        "lower outcomes across every area of life. It also "
                        "acknowledges that much of the curriculum in member "
                        "organisations is heavily Eurocentric, embedding "
                        "misconceptions and stereotypes about race, gender and "
                        "culture.</p><p>Other parts of the plan point the same way. "
                        "The people who lead, govern and manage member organisations "
                        "are less diverse than the communities those organisations "
                        "serve. The pandemic hit learners from diverse ethnic "
                        "backgrounds disproportionately, along with learners with SEND "
                        "and those living in poverty. And when the alliance was "
                        "formed, its partners saw that the people working in the "
                        "city's organisations did not reflect how diverse and talented "
                        "Leeds is.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "A commitment, not an extra",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The alliance's statement of values says simply that it is "
                        "anti-racist, and its diversity priority aims for the LLA to "
                        "lead the way as an organisation that is anti-racist and "
                        "opposes all discrimination. In 2021 its anti-racism working "
                        "group committed to shifting the dial on diversity, including "
                        "the ethnic diversity of leadership. Leeds City Council's Race "
                        "4 Equality focus across education in the city gives partners "
                        "a further shared purpose.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Reflect",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Before moving on, consider:</p><ul><li>Which of these "
                        "findings do you recognise in your own "
                        "organisation?</li><li>What data do you hold on outcomes, "
                        "exclusions, recruitment and progression by ethnicity, and who "
                        "looks at it?</li><li>Whose experiences of racism in your "
                        "organisation have been heard, and whose have not?</li></ul>"
                    ),
                },
            ],
            "file": None,
        },
        {
            "slug": "the-lla-anti-racism-action-plan",
            "title": "The LLA anti-racism action plan",
            "summary": (
                "How the action plan began in 2021, what the November 2021 seminar "
                "added, and the four next steps that give this toolkit its purpose."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Origins",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The alliance began developing its anti-racism action plan "
                        "in 2021. A working group co-chaired by Professor Charles "
                        "Egbu, Vice Chancellor of Leeds Trinity University, and LLA "
                        "Chair Paul Brennan brought partners together and drew on "
                        "leaders from many sectors and on good practice from Leeds and "
                        "beyond. The plan rests on the LLA's values of inclusion and "
                        "collaboration, and on its ambition to find creative responses "
                        "to the barriers that learners and colleagues face.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "The November 2021 seminar",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Senior leaders met at Leeds Trinity University for a "
                        "Diversity and Anti-Racism seminar. In workshops they shared "
                        "experiences and ideas, heard how racism affects learners, "
                        "learned about race equality work in organisations including "
                        "Leeds City Council, and considered the critical part that "
                        "visible leadership plays. The seminar confirmed the plan's "
                        "emphasis and led to a working group that began engaging other "
                        "partners.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Four next steps",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>For 2022 the alliance set itself four "
                        "steps:</p><ol><li>Agree a final plan that sets out what the "
                        "alliance will achieve, how it will deliver its objectives and "
                        "how progress will be measured.</li><li>Ask each member "
                        "organisation to nominate representatives to champion the "
                        "work.</li><li>Create a toolkit so that LLA leaders can draw "
                        "on the best anti-racism practice in the alliance and "
                        "beyond.</li><li>Work with learners and staff across the LLA "
                        "so that they engage seriously with the plan and help to shape "
                        "it.</li></ol><p>This toolkit answers the third step, and its "
                        "chapters are designed to support the other three.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Use the checklist",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The checklist for this chapter helps a senior team see "
                        "where their organisation stands against each step, and what "
                        "to do next.</p>"
                    ),
                },
            ],
            "file": {
                "title": "Anti-racism action plan: organisational checklist",
                "filename": "anti-racism-action-plan-checklist.pdf",
                "text": [
                    (
                        "Use this checklist with your senior team and governors to see "
                        "where your organisation stands against the four next steps in "
                        "the LLA anti-racism action plan."
                    ),
                    (
                        "1. Objectives and measures: do we know what the alliance's "
                        "plan asks of us, what we will achieve in our own setting, and "
                        "how we will measure progress?"
                    ),
                    (
                        "2. Champions: have we nominated representatives to champion "
                        "anti-racism work, and have we given them time, support and a "
                        "route to senior leaders?"
                    ),
                    (
                        "3. Toolkit: have our leaders worked through this toolkit, and "
                        "what practice from our organisation could we share with the "
                        "Equity network?"
                    ),
                    (
                        "4. Learner and staff voice: how have learners and staff "
                        "contributed to our plans, and what changed as a result?"
                    ),
                    (
                        "Agree one action for each step, a named lead and a date to "
                        "review progress together."
                    ),
                ],
            },
        },
        {
            "slug": "leading-anti-racist-practice",
            "title": "Starting with yourself: leading anti-racist practice",
            "summary": (
                "Anti-racism starts with work on yourself. Guided reflection for "
                "leaders, and why visible leadership and shared accountability matter."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Why start with yourself",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This toolkit guides you through work on yourself first, "
                        "because anti-racism has to start there. Leaders cannot ask "
                        "their organisations to change without first examining their "
                        "own assumptions, experiences and blind spots. The Equity "
                        "network's central aim is to help leaders become actively "
                        "anti-racist in how they lead, not simply to agree with "
                        "anti-racist statements.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Why it has to be visible",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>At the LLA's 2021 Diversity and Anti-Racism seminar, "
                        "senior leaders heard how critical visible leadership is to "
                        "better outcomes on race equality. Reflection that stays "
                        "private changes little. Leaders who talk openly about what "
                        "they are learning make it safer for others to do the same.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Shared accountability",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Self-work is the beginning, not the end. Through "
                        "collaborative work, the network aims to build shared learning "
                        "and accountability, so that no leader does this alone and "
                        "commitments are followed through.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Reflection prompts",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Take time with these, ideally more than "
                        "once:</p><ul><li>When did I last notice race shaping a "
                        "decision in my organisation, and what did I do?</li><li>Whose "
                        "voices do I hear most often when I make decisions, and whose "
                        "am I missing?</li><li>What do I find uncomfortable to talk "
                        "about, and why?</li><li>What is one visible step I will take "
                        "this term?</li><li>Who will I ask to hold me to it?</li></ul>"
                    ),
                },
            ],
            "file": {
                "title": "Personal reflection worksheet",
                "filename": "race-equity-personal-reflection-worksheet.pdf",
                "text": [
                    (
                        "Anti-racism starts with work on yourself. Use this worksheet "
                        "on your own first, then return to it with a trusted colleague "
                        "or mentor."
                    ),
                    (
                        "Noticing: when did I last see race shaping a decision, a "
                        "conversation or an outcome in my organisation, and how did I "
                        "respond?"
                    ),
                    (
                        "Listening: whose voices do I hear most when I make decisions, "
                        "and whose experiences of racism have I not yet heard?"
                    ),
                    (
                        "Discomfort: what do I find hardest to talk about, and what "
                        "would help me talk about it openly?"
                    ),
                    (
                        "Action: what is one visible step I will take this term, and "
                        "who will I ask to hold me to account?"
                    ),
                ],
            },
        },
        {
            "slug": "curriculum-and-representation",
            "title": "Curriculum and representation",
            "summary": (
                "Questions for reviewing a curriculum that the LLA recognises can be "
                "Eurocentric, and the alliance's commitments on curriculum, diversity "
                "and training."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "text": "The challenge",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The LLA's strategic plan acknowledges that much of the "
                        "curriculum across member organisations is heavily Eurocentric "
                        "and embeds unhelpful misconceptions and stereotypes about "
                        "race, gender and culture. Learners spend most of their time "
                        "with the curriculum, so it is one of the most direct ways an "
                        "organisation can either reinforce or challenge racism.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "What the alliance has committed to",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Three commitments are relevant "
                        "here:</p><ul><li><b>Diversity:</b> promote diversity through "
                        "reviews of governance and policy, training, and the sharing "
                        "of good practice.</li><li><b>Curriculum and pedagogy:</b> "
                        "joint practice and training to raise the quality and impact "
                        "of the curriculum and of skills for children and young "
                        "people.</li><li><b>Values:</b> learning that respects the "
                        "individual needs, backgrounds, faiths and ethical values of "
                        "learners and families, as the memorandum of understanding "
                        "sets out.</li></ul>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Reviewing your curriculum",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Questions to work through with subject "
                        "leads:</p><ul><li>Whose histories, voices and achievements "
                        "appear in each subject, and whose are missing?</li><li>Where "
                        "might materials reinforce stereotypes about race, gender or "
                        "culture?</li><li>Do learners see themselves and their "
                        "communities in what they study?</li><li>Have learners and "
                        "staff been asked how the curriculum represents "
                        "them?</li><li>Which colleagues in the alliance could you "
                        "share this review with?</li></ul>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Involving learners",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The action plan asks the alliance to work with learners as "
                        "well as staff. A curriculum review is a good place to start, "
                        "as long as learners' views genuinely change what happens.</p>"
                    ),
                },
            ],
            "file": None,
        },
        {
            "slug": "recruitment-and-workforce-diversity",
            "title": "Recruitment and a more diverse workforce",
            "summary": (
                "What the LLA is doing to make its workforce and leadership more "
                "diverse, from Race 4 Equality and reverse mentoring to routes into "
                "teaching and Pathfinders."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "text": "The ambition",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Following on from its anti-racism plan, the alliance is "
                        "supporting Leeds City Council's Race 4 Equality work in "
                        "education across the city. The aim is to build awareness and "
                        "an active network in support of an education workforce that "
                        "reflects the diversity of Leeds. Discussions hosted by the "
                        "Equity network have covered fair and open recruitment aimed "
                        "at a more diverse workforce, as well as reverse mentoring and "
                        "anti-racist practice.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Across the alliance",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Related work elsewhere in the LLA "
                        "includes:</p><ul><li><b>Routes into teaching.</b> The "
                        "workforce development group's planned one-stop portal is "
                        "meant to support a more diverse school workforce, through "
                        "work with particular communities and events that encourage a "
                        "wider range of people to train.</li><li><b>Leadership.</b> "
                        "The strategic plan commits the alliance to leadership support "
                        "focused on ethical and inclusive leadership and on more "
                        "diverse leadership.</li><li><b>Public services.</b> "
                        "Pathfinders and the public service pathways work help the "
                        "police, fire, ambulance and armed forces recruit and keep "
                        "people from under-represented communities.</li></ul>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Checking your own practice",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The worksheet for this chapter is a short recruitment "
                        "review. Work through it with the colleagues who run your "
                        "recruitment and with governors, and share what you learn with "
                        "the Equity network so that others can benefit.</p>"
                    ),
                },
            ],
            "file": {
                "title": "Recruitment review checklist",
                "filename": "race-equity-recruitment-review-checklist.pdf",
                "text": [
                    (
                        "Use this checklist to review one recent recruitment round "
                        "with the colleagues who ran it and with a governor."
                    ),
                    (
                        "Reach: where did we advertise, and did the role reach people "
                        "from the communities we serve?"
                    ),
                    (
                        "Fairness and transparency: were the criteria clear and "
                        "published, and were the same questions and standards used for "
                        "every candidate?"
                    ),
                    (
                        "Panels: who sat on the panel, and did its make-up reflect the "
                        "diversity we want in our workforce?"
                    ),
                    (
                        "Progression: once appointed, how do staff from "
                        "under-represented groups progress, and would reverse "
                        "mentoring help our leaders understand their experience?"
                    ),
                    (
                        "Next step: agree one change for the next round and share what "
                        "you learn with the LLA Equity network."
                    ),
                ],
            },
        },
        {
            "slug": "working-together-and-next-steps",
            "title": "Working together and next steps",
            "summary": (
                "How to keep the toolkit living: join the Equity network, nominate "
                "champions, involve learners and staff, and share what you learn."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "text": "An open network",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The Equity network gives colleagues from member "
                        "organisations a space to discuss equitable practice in "
                        "society, in their sector and in their own organisations. It "
                        "was set up by the Office for Institutional Equity at Leeds "
                        "Trinity University, which opened in January 2022, and is led "
                        "by the office's director, Tamsin Bowers-Brown. It is an open "
                        "group: anyone who wants their organisation to share a common "
                        "approach to racial justice and equity is welcome to come "
                        "along.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Keeping the toolkit living",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>A toolkit about anti-racism can never be finished. The "
                        "network keeps this one current through collaborative work, "
                        "shared learning and accountability, and discusses how best to "
                        "develop the tools and use them in practice. When you try "
                        "something from the toolkit, tell the network what happened, "
                        "including what did not work.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Your next steps",
                        "size": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>A suggested order of work:</p><ol><li>Work through the "
                        "personal reflection worksheet and agree one visible "
                        "action.</li><li>Use the action plan checklist with your "
                        "senior team.</li><li>Nominate your organisation's anti-racism "
                        "champions.</li><li>Review one part of your curriculum and one "
                        "recruitment process.</li><li>Ask learners and staff how they "
                        "experience race in your organisation, and act on what they "
                        "tell you.</li><li>Bring what you learn to the Equity "
                        "network.</li></ol>"
                    ),
                },
            ],
            "file": None,
        },
    ],
}

# Resources no longer shipped, and the page that now says the same: the
# loader leaves a permanent redirect from each old address to its page.
RETIRED = [
    {
        # The same text as the toolkit's chapter 2, so both showed in every
        # search for race equity. The chapter is the one kept.
        "old_path": "/resources/lla-anti-racism-action-plan/",
        "new_path": "/resources/race-equity-leadership-toolkit/"
        "the-lla-anti-racism-action-plan/",
    },
]
