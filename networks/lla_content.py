"""Demo content for the Leeds Learning Alliance "Our networks" section.

Pure data, written in our own words from the LLA's public material: its
networks pages, the 2020/21 annual report, a short profile and the trust's
principles page.

- ``AREAS``: the filter areas on the "Our networks" page, as (key, label).
- ``ORGANISATIONS``: LLA partners, associates and supporting organisations,
  plus the employers of network leads.
- ``PEOPLE``: network leads, chairs and contacts. Emails are placeholders at
  example.org; editors set the real ones.
- ``NETWORKS``: one entry per network. ``body`` is a list of StreamField-style
  blocks ("heading" with text and size; "paragraph" with rich text HTML using
  only p, b, i, ul, ol and li). ``leads`` and ``organisations`` refer to keys
  in ``PEOPLE`` and ``ORGANISATIONS``. Comments above merged entries explain
  which seed sections they combine.

No URLs are given; ``website`` is left empty for editors to fill in.
"""

INDEX = {
    "title": "Our networks",
    "slug": "networks",
    "search_description": (
        "The Leeds Learning Alliance's networks: leaders and practitioners from "
        "every phase working together on inclusion, careers, climate and digital."
    ),
    "intro": (
        "<p>The alliance is a network of networks. No single member holds it "
        "together: what matters is the web of relationships between people and "
        "organisations across Leeds, and what those relationships make "
        "possible. Each network below brings colleagues together around a "
        "shared focus, and networks change shape as those links grow.</p>"
        "<p>Most of our networks have grown through three phases:</p>"
        "<ul>"
        "<li><b>Connection.</b> Partners meet, often at events such as our "
        "Leaders' Breakfasts, and find the interests they share.</li>"
        "<li><b>Sense-making.</b> Through roundtables and similar activities "
        "they build shared knowledge and agree their goals.</li>"
        "<li><b>Sustained action.</b> A facilitator keeps the work moving and "
        "aligned with the goals the network has set.</li>"
        "</ul>"
        "<p>Each network schedules its meetings, circulates agendas, chairs its "
        "discussions and follows up with minutes and actions.</p>"
    ),
}

DIRECTORY = {
    "parent": "/about/",
    "title": "Partners and associates",
    "slug": "partners-and-associates",
    "search_description": (
        "The schools, colleges, universities, council teams and charities that "
        "make up the Leeds Learning Alliance, and the networks each belongs to."
    ),
    "intro": (
        "The organisations that make up the alliance, and the networks each one "
        "takes part in."
    ),
}

AREAS = [
    ("phase", "Phases of education"),
    ("inclusion", "Inclusion and equity"),
    ("pathways", "Pathways and careers"),
    ("climate", "Climate and sustainability"),
    ("digital", "Digital"),
    ("workforce", "Workforce"),
]

# Kinds: the annual report 2020/21 lists 15 "members (partners and associates)"
# without saying which are which, and its memorandum of understanding calls all
# signatories "partners", so every listed member is "partner". Seven of them are
# also named under "Supported by" on the trust's principles page; they stay
# "partner" (noted per entry) because that is their membership status. The last
# three are not in the member list: they employ a lead or host a network
# programme, and the seeds do not classify them ("associate" is a best guess).
ORGANISATIONS = [
    # 2021 member list; also 'Supported by' on the trust's principles page.
    {
        "key": "leeds-trinity-university",
        "name": "Leeds Trinity University",
        "kind": "partner",
        "description": (
            "A university in Leeds that is home to the Office for Institutional "
            "Equity and the Research Centre for Inclusion, Diversity and Social "
            "Justice."
        ),
        "website": "",
    },
    # 2021 member list; also 'Supported by' on the trust's principles page.
    {
        "key": "leeds-rhinos-foundation",
        "name": "Leeds Rhinos Foundation",
        "kind": "partner",
        "description": (
            "A foundation in Leeds that hosted the alliance's strategy workshop in "
            "September 2021."
        ),
        "website": "",
    },
    # 2021 member list; also 'Supported by' on the trust's principles page.
    {
        "key": "leeds-college-of-building",
        "name": "Leeds College of Building",
        "kind": "partner",
        "description": (
            "A college in Leeds and one of the organisations backing the LLA trust."
        ),
        "website": "",
    },
    # 2021 member list.
    {
        "key": "leeds-beckett-university",
        "name": "Leeds Beckett University",
        "kind": "partner",
        "description": (
            "A university in Leeds that belongs to the Northern Critical Diversity "
            "Network."
        ),
        "website": "",
    },
    # 2021 member list; also 'Supported by' on the trust's principles page.
    {
        "key": "leeds-city-council",
        "name": "Leeds City Council",
        "kind": "partner",
        "description": (
            "The local authority for Leeds, whose Race 4 Equality focus in education "
            "the alliance supports."
        ),
        "website": "",
    },
    # 2021 member list.
    {
        "key": "leeds-united-foundation",
        "name": "Leeds United Foundation",
        "kind": "partner",
        "description": "A foundation in Leeds and a member of the alliance.",
        "website": "",
    },
    # 2021 member list; also 'Supported by' on the trust's principles page.
    {
        "key": "carr-manor-community-school",
        "name": "Carr Manor Community School",
        "kind": "partner",
        "description": (
            "A school in Leeds that employs the staff team for the LLA's Restore "
            "provision for pupils at risk of exclusion."
        ),
        "website": "",
    },
    # 2021 member list; also 'Supported by' on the trust's principles page.
    {
        "key": "bankside-primary-school",
        "name": "Bankside Primary School",
        "kind": "partner",
        "description": (
            "A primary school in Leeds and one of the organisations backing the LLA "
            "trust."
        ),
        "website": "",
    },
    # 2021 member list.
    {
        "key": "wellspring-academy-trust",
        "name": "Wellspring Academy Trust",
        "kind": "partner",
        "description": "An academy trust that is a member of the alliance.",
        "website": "",
    },
    # 2021 member list; also 'Supported by' on the trust's principles page.
    {
        "key": "wetherby-high-school",
        "name": "Wetherby High School",
        "kind": "partner",
        "description": (
            "A high school and one of the organisations backing the LLA trust."
        ),
        "website": "",
    },
    # 2021 member list.
    {
        "key": "leeds-city-college",
        "name": "Leeds City College",
        "kind": "partner",
        "description": (
            "A further education college in Leeds whose public services learners take "
            "part in the Pathfinders programme."
        ),
        "website": "",
    },
    # 2021 member list.
    {
        "key": "white-rose-academies-trust",
        "name": "White Rose Academies Trust",
        "kind": "partner",
        "description": "An academy trust that is a member of the alliance.",
        "website": "",
    },
    # 2021 member list.
    {
        "key": "catch",
        "name": "CATCH (Community Action to Create Hope)",
        "kind": "partner",
        "description": (
            "A civil society organisation supporting young people from a wide range "
            "of backgrounds, whose community centre houses the Restore provision."
        ),
        "website": "",
    },
    # 2021 member list.
    {
        "key": "ahead-partnership",
        "name": "Ahead Partnership",
        "kind": "partner",
        "description": (
            "An organisation whose Growing Talent Digital Leeds programme links LLA "
            "education partners with digital employers."
        ),
        "website": "",
    },
    # 2021 member list.
    {
        "key": "chapel-allerton-primary-school",
        "name": "Chapel Allerton Primary School",
        "kind": "partner",
        "description": "A primary school in Leeds and a member of the alliance.",
        "website": "",
    },
    # Not in the 2021 member list. Included as the employer of the Digital
    # Pathways and Destinations project coordinator (James Broadhurst). It is
    # presumably the group Leeds City College (a member) belongs to, but the
    # seeds do not say so and do not classify it; 'associate' is a best guess
    # for editors to confirm.
    {
        "key": "luminate-education-group",
        "name": "Luminate Education Group",
        "kind": "associate",
        "description": (
            "An education group that employs the coordinator of the Digital Pathways "
            "and Destinations group."
        ),
        "website": "",
    },
    # Not in the 2021 member list or any lead's employer in the seeds; named
    # only as the home of a digital immersion programme. Probably part of the
    # same group as Leeds City College, but the seeds do not say so;
    # 'associate' is a best guess for editors to confirm.
    {
        "key": "university-centre-leeds",
        "name": "University Centre Leeds",
        "kind": "associate",
        "description": (
            "An education provider in Leeds that is rolling out a digital immersion "
            "programme with the Digital Pathways and Destinations group."
        ),
        "website": "",
    },
    # Not in the 2021 member list. Included as the school of Will Carr, co-chair
    # of the Secondary leaders' network. The seeds do not classify it;
    # 'associate' is a best guess for editors to confirm.
    {
        "key": "ralph-thoresby-school",
        "name": "Ralph Thoresby School",
        "kind": "associate",
        "description": (
            "A secondary school whose representative co-chairs the LLA's secondary "
            "leaders' network."
        ),
        "website": "",
    },
]

PEOPLE = [
    # Leads the Primary leaders' network. The seeds also call her a
    # headteacher but do not name her school; her title is an LLA role, so
    # organisation is None (the LLA itself is not in ORGANISATIONS).
    {
        "key": "emma-wraighte",
        "name": "Emma Wraighte",
        "job_title": "Director of Primary Development",
        "organisation": None,
        "email": "emma.wraighte@example.org",
    },
    # An LLA role, so organisation is None. 'Advisor' is the seeds' spelling.
    {
        "key": "anne-fell",
        "name": "Anne Fell",
        "job_title": "Special Advisor, Primary Education",
        "organisation": None,
        "email": "anne.fell@example.org",
    },
    {
        "key": "james-broadhurst",
        "name": "James Broadhurst",
        "job_title": "Project Coordinator",
        "organisation": "luminate-education-group",
        "email": "james.broadhurst@example.org",
    },
    {
        "key": "tamsin-bowers-brown",
        "name": "Tamsin Bowers-Brown",
        "job_title": "Director of the Office for Institutional Equity",
        "organisation": "leeds-trinity-university",
        "email": "tamsin.bowers-brown@example.org",
    },
    {
        "key": "james-dunford",
        "name": "James Dunford",
        "job_title": "Senior Assistant Principal",
        "organisation": "carr-manor-community-school",
        "email": "james.dunford@example.org",
    },
    # The seeds print 'PROFESSIOR LEIGH HOATH'; corrected to Professor.
    {
        "key": "leigh-hoath",
        "name": "Leigh Hoath",
        "job_title": "Professor and Deputy Dean, School of Education",
        "organisation": "leeds-trinity-university",
        "email": "leigh.hoath@example.org",
    },
    {
        "key": "lucie-lakin",
        "name": "Lucie Lakin",
        "job_title": "Principal",
        "organisation": "carr-manor-community-school",
        "email": "lucie.lakin@example.org",
    },
    # Co-chair of the Secondary leaders' network; the seeds give his school
    # but not his job title, so job_title is left empty for editors.
    {
        "key": "will-carr",
        "name": "Will Carr",
        "job_title": "",
        "organisation": "ralph-thoresby-school",
        "email": "will.carr@example.org",
    },
    {
        "key": "tom-griffiths",
        "name": "Tom Griffiths",
        "job_title": "Head of Department, School of Public Services",
        "organisation": "leeds-city-college",
        "email": "tom.griffiths@example.org",
    },
    # Contact for the Public Service Pathways and Destinations working group
    # (annual report 2020/21). The seeds give no job title and name no
    # organisation (only an email domain), so both are left empty.
    {
        "key": "ash-razzaq",
        "name": "Ash Razzaq",
        "job_title": "",
        "organisation": None,
        "email": "ash.razzaq@example.org",
    },
    # Co-chaired the 2021 Diversity (anti-racism) working group. The title is
    # as given in the 2020/21 annual report and may be out of date.
    {
        "key": "charles-egbu",
        "name": "Charles Egbu",
        "job_title": "Professor and Vice Chancellor",
        "organisation": "leeds-trinity-university",
        "email": "charles.egbu@example.org",
    },
    # Independent Chair of the LLA (and chair of trustees); co-chaired the
    # 2021 Diversity (anti-racism) working group. An LLA role, so organisation
    # is None.
    {
        "key": "paul-brennan",
        "name": "Paul Brennan",
        "job_title": "Independent Chair, Leeds Learning Alliance",
        "organisation": None,
        "email": "paul.brennan@example.org",
    },
]

NETWORKS = [
    # Merges the 'Primary Leaders' list entry with the 'Primary Education'
    # report: the report describes a half-termly network of primary leaders.
    {
        "slug": "primary-leaders",
        "title": "Primary leaders' network",
        "area": "phase",
        "status": "active",
        "meeting_rhythm": "Half-termly",
        "summary": (
            "Primary headteachers and leaders meet every half term to work on shared "
            "priorities, learn from each other and shape the LLA's professional "
            "development offer for primary schools."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "What the network does", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Leaders of primary schools across the alliance get together "
                    "once every half term to talk through the issues and priorities "
                    "their schools have in common. The meetings give heads a break "
                    "from the pressure of the school day so they can think longer "
                    "term about education that is of high quality, sustainable and "
                    "grounded in shared values.</p><p>Conversations have been "
                    "wide-ranging and of a high standard. Alongside the main "
                    "meetings, headteacher working groups create development "
                    "opportunities for staff and look for practical answers to "
                    "problems as they arise. Leaders use the network to pick up good "
                    "practice from one another and to try out fresh ideas.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "The Primary Offer", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Guided by headteacher Emma Wraighte, the LLA's Director of "
                    "Primary Development, partners have gathered the professional "
                    "development available to primary staff at every level into one "
                    "Primary Offer brochure. The 2024-25 edition is bigger than "
                    "before and includes:</p><ul><li>a first group of aspiring "
                    "leaders taking part in the Developing Leadership "
                    "Program</li><li>best practice visits every month, each hosted by "
                    "a member school</li><li>activities that bring pupils from "
                    "different schools together, offered for the first time</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Who is involved", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Emma Wraighte leads the network, with Anne Fell as special "
                    "advisor for primary education. Links between the participating "
                    "schools keep growing, and the network owes much to the "
                    "commitment and enthusiasm of its members.</p>"
                ),
            },
        ],
        "leads": [
            {"person": "emma-wraighte", "role": "Network lead"},
            {"person": "anne-fell", "role": "Special advisor"},
        ],
        # The seeds name no member schools for this network and both leads hold
        # LLA roles, so no organisations are listed.
        "organisations": [],
        "programmes": [
            {
                "name": "Primary Offer brochure",
                "description": (
                    "A single brochure setting out the professional development open "
                    "to primary staff at all levels in member schools; the 2024-25 "
                    "edition widens the offer."
                ),
            },
            {
                "name": "Developing Leadership Program",
                "description": (
                    "A leadership course for aspiring primary leaders, whose first "
                    "cohort is part of the 2024-25 Primary Offer."
                ),
            },
            {
                "name": "Headteacher working groups",
                "description": (
                    "Smaller groups of heads that create staff development "
                    "opportunities and tackle issues as they emerge."
                ),
            },
            {
                "name": "Best practice sharing visits",
                "description": (
                    "Monthly visits hosted in turn by individual member schools so "
                    "staff can see and share effective practice."
                ),
            },
        ],
        "keywords": (
            "primary headteachers heads leadership aspiring leaders professional "
            "development CPD brochure school visits half-termly"
        ),
    },
    # Merges the 'Secondary Leaders' list entry with the 'Secondary Leaders'
    # network' report (same name).
    {
        "slug": "secondary-leaders",
        "title": "Secondary leaders' network",
        "area": "phase",
        "status": "active",
        "meeting_rhythm": "Termly",
        "summary": (
            "A termly forum for secondary, specialist and further education leaders, "
            "covering national and regional change, preventing NEET, and joint work "
            "on SEND and inclusion."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "About the network", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>One of the newer LLA networks, this group brings together "
                    "leaders from local authority maintained secondary schools, "
                    "secondary multi-academy trusts, specialist providers and further "
                    "education providers. Will Carr of Ralph Thoresby School and "
                    "Lucie Lakin, Principal of Carr Manor Community School, currently "
                    "share the chair.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>So far, agendas have looked at:</p><ul><li>how secondary "
                    "leaders should respond to national and regional "
                    "developments</li><li>strategies for preventing young people "
                    "becoming NEET (not in education, employment or "
                    "training)</li><li>working together on SEND and "
                    "inclusion</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Working together", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The network meets once a term and is still growing. It builds "
                    "on the trust that leaders and their organisations have "
                    "developed, with the aim of benefiting the learners and families "
                    "they serve.</p><p>A number of members completed the first "
                    "seven-day Leading Inclusive Cultures programme. New connections "
                    "and joint projects have come out of the meetings as leaders pool "
                    "resources, for example by arranging staff secondments and "
                    "sharing capacity for school improvement.</p><p>Just as "
                    "importantly, the group is a place where leaders back each other "
                    "professionally, swap ideas, solve problems together and talk "
                    "honestly about the challenges and opportunities of leading a "
                    "school or college.</p>"
                ),
            },
        ],
        "leads": [
            {"person": "will-carr", "role": "Co-chair"},
            {"person": "lucie-lakin", "role": "Co-chair"},
        ],
        "organisations": [
            "ralph-thoresby-school",
            "carr-manor-community-school",
        ],
        "programmes": [
            {
                "name": "Leading Inclusive Cultures",
                "description": (
                    "A seven-day programme on inclusive leadership; several network "
                    "members took part in its first run."
                ),
            },
        ],
        "keywords": (
            "secondary schools multi-academy trusts MATs specialist providers FE "
            "further education NEET SEND inclusion secondments school improvement "
            "termly"
        ),
    },
    {
        "slug": "send",
        "title": "SEND network (primary focused)",
        "area": "inclusion",
        "status": "forming",
        "meeting_rhythm": "To be confirmed",
        "summary": (
            "A network on special educational needs and disabilities (SEND), with a "
            "focus on primary schools."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "About the network", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>This network is for colleagues supporting children with "
                    "special educational needs and disabilities (SEND), with a "
                    "particular focus on the primary phase. It is one of the LLA's "
                    "listed networks; its lead and meeting pattern are still to be "
                    "confirmed.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Why it matters", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The LLA's 2022-2027 strategic plan notes that more children "
                    "have SEND, that their needs are becoming more complex, and that "
                    "local authorities lack the resources to meet those needs. It "
                    "also points out that learners with SEND were among those hit "
                    "hardest by the pandemic. Members of the Secondary leaders' "
                    "network have been discussing joint approaches to SEND and "
                    "inclusion too.</p>"
                ),
            },
        ],
        "leads": [],
        "organisations": [],
        "programmes": [],
        "keywords": (
            "SEND special educational needs and disabilities primary inclusion "
            "additional needs"
        ),
    },
    {
        "slug": "further-and-higher-education-leaders",
        "title": "Further and higher education leaders' network",
        "area": "phase",
        "status": "forming",
        "meeting_rhythm": "To be confirmed",
        "summary": (
            "A network for leaders in further and higher education across the "
            "alliance; its lead and meeting pattern are still to be confirmed."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "About the network", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>This network is for leaders of colleges and universities in "
                    "the LLA. The alliance's members include Leeds City College, "
                    "Leeds College of Building, Leeds Trinity University and Leeds "
                    "Beckett University. Its lead and meeting pattern are still to be "
                    "confirmed.</p><p>Its themes connect with wider LLA priorities. "
                    "The 2022-2027 strategic plan highlights an urgent need for more "
                    "good further education places as the city grows, and the "
                    "difficulty many young people have in getting into, and staying "
                    "in, further or higher education and work.</p>"
                ),
            },
        ],
        "leads": [],
        # The seeds do not say which members take part, so none are linked.
        "organisations": [],
        "programmes": [],
        "keywords": (
            "further education higher education FE HE colleges universities leaders "
            "post-16"
        ),
    },
    # Merges the 'Careers Education, Information, Advice and Guidance
    # (Schools and FE)' list entry with the 'Careers network' report: both
    # cover careers guidance and transitions for school and FE learners.
    {
        "slug": "careers",
        "title": "Careers network",
        "area": "pathways",
        "status": "active",
        "meeting_rhythm": "Half-termly",
        "summary": (
            "Schools, colleges and partners working on careers education, "
            "information, advice and guidance so every young person finds a good "
            "destination, and fewer young people in Leeds become NEET."
        ),
        "body": [
            {"type": "heading", "value": {"text": "Purpose", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The Careers network has met every half term since September "
                    "2024. It pools the expertise and specialist provision found "
                    "across the LLA to help every young person in the alliance reach "
                    "the destination that suits them best, paying most attention to "
                    "young people who start with the fewest advantages.</p><p>Because "
                    "the alliance links schools, colleges and universities with "
                    "private and third sector organisations, the network is well "
                    "placed to put together targeted offers across several areas. It "
                    "covers careers education, information, advice and guidance "
                    "(CEIAG) in schools and further education.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Its first meetings concentrated on:</p><ul><li>a clear, "
                    "targeted approach to the move from school into post-16 "
                    "provision</li><li>a joined-up approach to apprenticeships, "
                    "including finding places within the alliance and making sure "
                    "young people get good information and guidance about "
                    "them</li><li>sharing and building strong practice so that young "
                    "people in the alliance can take up the strongest opportunities "
                    "across Leeds and the surrounding region</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Reducing the number of young people who are NEET",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Leeds has plenty of opportunities, but not everyone in the "
                    "city can reach them on equal terms. Even with a comparatively "
                    "strong economy, its rate of young people who are NEET (not in "
                    "education, employment or training) is among the highest in "
                    "England.</p><p>The network wants to support city-wide efforts to "
                    "bring that figure down. It aims to act early and preventatively, "
                    "and to use the alliance's unusual mix of organisations to try "
                    "new approaches.</p><p>The network is still young and has a lot "
                    "of ground to cover as it makes connections throughout the "
                    "alliance and the wider city. It is led by James Dunford, Senior "
                    "Assistant Principal at Carr Manor Community School.</p>"
                ),
            },
        ],
        "leads": [
            {"person": "james-dunford", "role": "Network lead"},
        ],
        "organisations": [
            "carr-manor-community-school",
        ],
        "programmes": [],
        "keywords": (
            "NEET CEIAG careers education information advice guidance IAG "
            "apprenticeships transitions post-16 destinations employment schools FE "
            "further education half-termly"
        ),
    },
    # Merges the Public Service Pathways and Destinations working group
    # (annual report 2020/21) into Pathfinders and youth work: the same
    # uniformed services, Leeds City College and Leeds Trinity University
    # work on recruiting from under-represented communities. Its contact,
    # Ash Razzaq, is added as a lead. The seeds say nothing about youth work
    # beyond the report's title.
    {
        "slug": "pathfinders-and-youth-work",
        "title": "Pathfinders and youth work network",
        "area": "pathways",
        "status": "active",
        "meeting_rhythm": "Working group meets regularly; monthly learner sessions",
        "summary": (
            "Pathfinders helps young people, especially women and people from ethnic "
            "minority groups, overcome barriers to careers in the uniformed services, "
            "working with police, fire, ambulance and armed forces partners."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "About Pathfinders", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Pathfinders was developed jointly by the Royal Navy, Royal "
                    "Marines and Royal Air Force, West Yorkshire Police, West "
                    "Yorkshire Fire and Rescue Service and Yorkshire Ambulance "
                    "Service, working alongside CATCH, Leeds Trinity University and "
                    "Leeds City College. It tackles the obstacles facing people who "
                    "identify as female, or who come from ethnic minority groups, "
                    "when they try to build careers in the uniformed services. Its "
                    "working group gets together regularly to look at workforce "
                    "challenges, barriers to recruitment and how the public sees the "
                    "services.</p><p>Previously coordinated at CATCH, where it worked "
                    "with 14 to 16 year olds from several LLA high schools, the "
                    "programme was reviewed and now works with 16 to 18 year olds at "
                    "Leeds City College who already want to join the emergency "
                    "services or armed forces. From those who expressed interest, 35 "
                    "learners were chosen, with priority for ethnic minority "
                    "learners, women, looked-after or cared-for young people, those "
                    "with an EHCP and those receiving a college bursary. Every month "
                    "they meet uniformed personnel to explore careers and talk "
                    "through barriers to recruitment.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Recent highlights:</p><ul><li><b>September 2024:</b> a "
                    "careers day in Leeds City College's Public Services Department, "
                    "where more than 200 new students heard serving personnel talk "
                    "about their roles, recruitment and "
                    "careers</li><li><b>October:</b> a visit to the West Yorkshire "
                    "Police training centre at Carr Gate; smaller groups later went "
                    "back to volunteer in public order "
                    "training</li><li><b>November:</b> recruitment tests, kit and "
                    "practical demonstrations at Moortown Fire "
                    "Station</li><li><b>December:</b> a trip to Liverpool to tour the "
                    "Royal Navy's flagship, HMS Prince of Wales, and meet serving "
                    "personnel</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Public service pathways", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Earlier LLA work on Public Service Pathways and Destinations "
                    "involved many of the same partners. It began by helping West "
                    "Yorkshire Police attract applicants from under-represented "
                    "communities and in 2021 widened to other public services. That "
                    "work set three priorities: awareness of public service roles and "
                    "entry routes, developing young people so they are ready to "
                    "apply, and helping services retain staff from under-represented "
                    "communities. It was supported by a monthly strategic group of "
                    "public service representatives and a research and development "
                    "group involving Leeds City College and Leeds Trinity University. "
                    "Ash Razzaq was the contact for this strand.</p><p>The network is "
                    "led by Tom Griffiths, Head of Department in the School of Public "
                    "Services at Leeds City College.</p>"
                ),
            },
        ],
        "leads": [
            {"person": "tom-griffiths", "role": "Network lead"},
            {"person": "ash-razzaq", "role": "Public service pathways contact"},
        ],
        "organisations": [
            "leeds-city-college",
            "catch",
            "leeds-trinity-university",
        ],
        "programmes": [
            {
                "name": "Pathfinders",
                "description": (
                    "A programme for 16 to 18 year olds at Leeds City College that "
                    "breaks down barriers to careers in the uniformed services "
                    "through monthly sessions and visits."
                ),
            },
            {
                "name": "Public Service Pathways and Destinations",
                "description": (
                    "LLA work with public services to build awareness, readiness and "
                    "retention for recruits from under-represented communities."
                ),
            },
        ],
        "keywords": (
            "uniformed services public services emergency services armed forces "
            "police fire ambulance Royal Navy Royal Marines RAF recruitment careers "
            "youth work under-represented ethnic minority women"
        ),
    },
    # Merges the 'Digital Tech Pathways' list entry, the 'Digital Pathways &
    # Destinations' report and the annual report's Digital Pathways and
    # Destinations working group: same aim, same contact (James Broadhurst).
    # Digital Development (AI) is kept separate; the seeds say nothing on it.
    {
        "slug": "digital-pathways",
        "title": "Digital pathways and destinations network",
        "area": "digital",
        "status": "active",
        "meeting_rhythm": "To be confirmed",
        "summary": (
            "Widens routes into digital careers for under-represented young people in "
            "Leeds, through a careers festival, employer programmes, taster sessions "
            "and school-college links such as robotics sessions."
        ),
        "body": [
            {"type": "heading", "value": {"text": "The challenge", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The people working in digital jobs in Leeds do not reflect "
                    "the make-up of the city. This steering group, listed among the "
                    "LLA networks as Digital Tech Pathways, wants to change that by "
                    "improving progression and opening up routes into digital careers "
                    "for young people who are under-represented in the sector or less "
                    "likely to choose digital options after 16.</p><p>Members have "
                    "included Leeds City College, Leeds City Council, Carr Manor "
                    "Community School, Ahead Partnership, CATCH, BJSS, the NHS, the "
                    "National Careers Service and West Yorkshire Combined Authority. "
                    "The group welcomes new members and tries to avoid repeating work "
                    "already happening elsewhere in Leeds.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "What the group has done", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Its initiatives include the Leeds Digital Careers Festival, "
                    "Growing Digital Talent Leeds and Leeds Unleashed. In 2021 the "
                    "group was also working on short films showing a day in the life "
                    "of different digital roles for pupils aged 11 to 15 and a visual "
                    "map linking digital courses to careers, while Carr Manor "
                    "Community School and Leeds City College were building links "
                    "through robotics sessions and talks on computer science and "
                    "digital media.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Work in development includes:</p><ul><li>a funding bid to run "
                    "Leeds City College's digital-themed Healthy Holidays programme "
                    "for a third summer in 2024</li><li>rolling out the University "
                    "Centre Leeds digital immersion programme</li><li>a digital "
                    "extended schools programme for Leeds City College, and a "
                    "catalogue of digital taster sessions to take into "
                    "schools</li><li>a girls and women in tech programme planned by "
                    "Luminate Education Group for 2023/24</li><li>across Luminate "
                    "Education Group, embedding the STEM seven characteristics and "
                    "the behaviours employers look for, using the IBM P-TECH and Open "
                    "P-TECH frameworks, and introducing a Digital Skills action "
                    "plan</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Sectors in focus", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Digital now reaches into almost every industry, so the group "
                    "has chosen to focus on creative digital for film, games and TV, "
                    "and on computer science linked to clean engineering and fields "
                    "like logistics. That covers robotics, drones, virtual reality "
                    "and cyber security, as well as business uses such as marketing. "
                    "Because many future roles do not exist yet, it also wants "
                    "parents and other adults who influence young people to have "
                    "up-to-date information.</p><p>The group's project coordinator is "
                    "James Broadhurst of Luminate Education Group.</p>"
                ),
            },
        ],
        "leads": [
            {"person": "james-broadhurst", "role": "Project coordinator"},
        ],
        "organisations": [
            "luminate-education-group",
            "leeds-city-college",
            "university-centre-leeds",
            "carr-manor-community-school",
            "catch",
            "ahead-partnership",
            "leeds-city-council",
        ],
        "programmes": [
            {
                "name": "Leeds Digital Careers Festival",
                "description": (
                    "A festival the group developed to help under-represented young "
                    "people into digital careers."
                ),
            },
            # Named 'Growing Digital Talent Leeds' in the networks page and
            # 'Growing Talent Digital Leeds' (Ahead Partnership's programme) in the
            # 2020/21 annual report; treated as the same programme.
            {
                "name": "Growing Digital Talent Leeds",
                "description": (
                    "An Ahead Partnership programme that gives LLA education partners "
                    "the chance to work with digital employers on careers and skills "
                    "for work."
                ),
            },
            {
                "name": "Leeds Unleashed",
                "description": (
                    "One of the group's initiatives to improve pathways into digital "
                    "careers."
                ),
            },
            {
                "name": "Healthy Holidays (digital)",
                "description": (
                    "A digital-themed holiday programme at Leeds City College; the "
                    "group is seeking funding to run it for a third year in summer "
                    "2024."
                ),
            },
            {
                "name": "Digital immersion programme",
                "description": (
                    "A programme being rolled out by University Centre Leeds."
                ),
            },
            {
                "name": "Girls and women in tech",
                "description": (
                    "A programme planned at Luminate Education Group for the 2023/24 "
                    "academic year."
                ),
            },
            {
                "name": "IBM P-TECH and Open P-TECH",
                "description": (
                    "Learning frameworks that Luminate Education Group is using to "
                    "engage young people."
                ),
            },
        ],
        "keywords": (
            "digital tech technology careers robotics computer science digital media "
            "creative film games TV cyber security drones virtual reality STEM P-TECH "
            "girls women in tech taster sessions under-represented"
        ),
    },
    {
        "slug": "digital-development-ai",
        "title": "Digital development (AI) network",
        "area": "digital",
        "status": "forming",
        "meeting_rhythm": "To be confirmed",
        "summary": (
            "A network on digital development with a focus on artificial intelligence "
            "(AI); its lead and plans are still to be confirmed."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "About the network", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Digital Development (AI) is one of the LLA's listed networks, "
                    "with a focus on artificial intelligence. Its lead, members and "
                    "meeting pattern are still to be confirmed.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Related LLA priorities", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Digital technologies are a delivery priority in the LLA's "
                    "2022-2027 strategic plan, which aims to improve learners' skills "
                    "and communities' connectivity by working with the digital sector "
                    "on curriculum and pathways. The plan points to a digital divide, "
                    "with many learners and families held back by old equipment and "
                    "poor access, and to the need for providers to adapt what and how "
                    "they teach so that all learners benefit.</p>"
                ),
            },
        ],
        "leads": [],
        "organisations": [],
        "programmes": [],
        "keywords": "AI artificial intelligence digital development technology divide",
    },
    # Merges the Equity network report (with the Race Equity Leadership
    # Toolkit) and the annual report's Diversity (LLA anti-racism workstream)
    # working group: the Equity report builds on the anti-racism plan, and the
    # toolkit was a planned next step of that working group. Its 2021
    # co-chairs are added as leads. Kept separate from Equity, peace and
    # community safety, which the seeds never link to it.
    {
        "slug": "equity",
        "title": "Equity network",
        "area": "inclusion",
        "status": "active",
        "meeting_rhythm": "To be confirmed",
        "summary": (
            "An open network on equity and anti-racism for staff across member "
            "organisations, using the Race Equity Leadership Toolkit to help leaders "
            "become actively anti-racist."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "About the network", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The Equity network gives staff from LLA member organisations "
                    "a space to discuss fair and equitable practice in society, in "
                    "their sector and inside their own institutions. Its main focus "
                    "remains anti-racist practice and how to put it into action "
                    "across organisations, especially by helping leaders become "
                    "actively anti-racist.</p><p>The network was set up by the Office "
                    "for Institutional Equity at Leeds Trinity University, which "
                    "opened in January 2022, and is led by the office's director, "
                    "Tamsin Bowers-Brown. It has used the network to shape a "
                    "strategic vision on key equity issues.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "The Race Equity Leadership Toolkit", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>It was created so that leaders in the region and beyond treat "
                    "anti-racist practice as essential rather than optional. It "
                    "guides leaders through personal reflection, which is where "
                    "anti-racism has to start, while shared work across the alliance "
                    "keeps the toolkit up to date and keeps its users accountable to "
                    "one another. The network also discusses how best to develop the "
                    "tools and use them in practice.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Race equity across the city", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Building on the LLA's anti-racism plan, the alliance is "
                    "supporting Leeds City Council's Race 4 Equality focus in "
                    "education, raising awareness and building a network to help "
                    "create a more diverse education workforce. Discussions so far "
                    "have covered fair and transparent recruitment, reverse mentoring "
                    "and anti-racist practice.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "How the work began", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The network builds on the LLA's diversity and anti-racism "
                    "workstream. In 2021 a working group co-chaired by Professor "
                    "Charles Egbu, Vice Chancellor of Leeds Trinity University, and "
                    "LLA Chair Paul Brennan committed the alliance to improving "
                    "diversity, including the ethnic diversity of its leadership. In "
                    "November 2021 senior leaders met at a Diversity and Anti-Racism "
                    "seminar at Leeds Trinity University to share experiences and "
                    "shape the LLA Anti-Racism Action Plan. Planned follow-up "
                    "included agreeing the final plan, asking each member to nominate "
                    "anti-racism champions, creating a toolkit for leaders and "
                    "involving learners and staff.</p><p>Anyone who wants to help "
                    "their organisation take a common approach to racial justice and "
                    "equity is welcome to join.</p>"
                ),
            },
        ],
        "leads": [
            {"person": "tamsin-bowers-brown", "role": "Network lead"},
            {"person": "charles-egbu", "role": "Working group co-chair (2021)"},
            {"person": "paul-brennan", "role": "Working group co-chair (2021)"},
        ],
        "organisations": [
            "leeds-trinity-university",
            "leeds-city-council",
        ],
        "programmes": [
            {
                "name": "Race Equity Leadership Toolkit",
                "description": (
                    "A guided, self-reflective toolkit that helps leaders make "
                    "anti-racist practice part of how they lead, kept current through "
                    "shared learning."
                ),
            },
            {
                "name": "LLA Anti-Racism Action Plan",
                "description": (
                    "The alliance's plan, begun in 2021, for what it will achieve on "
                    "anti-racism, how it will deliver and how it will measure "
                    "progress."
                ),
            },
            {
                "name": "Race 4 Equality",
                "description": (
                    "Leeds City Council's focus on race equality across education in "
                    "the city, which the LLA supports."
                ),
            },
        ],
        "keywords": (
            "anti-racism anti-racist race equity racial justice racism diversity "
            "inclusion EDI toolkit reverse mentoring recruitment workforce Race 4 "
            "Equality"
        ),
    },
    # List entry only: 'Equity Peace and Community Safety (anti-exclusion,
    # anti-youth violence)'. Not merged with the Equity network (see above).
    {
        "slug": "equity-peace-and-community-safety",
        "title": "Equity, peace and community safety network",
        "area": "inclusion",
        "status": "forming",
        "meeting_rhythm": "To be confirmed",
        "summary": (
            "A network working against exclusion and youth violence, linked to the "
            "LLA's priorities on peace education and community safety."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "About the network", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>This network focuses on anti-exclusion and anti-youth "
                    "violence work. It is one of the LLA's listed networks; its lead "
                    "and meeting pattern are still to be confirmed.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Related LLA priorities", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Peace Education and community safety is a delivery priority "
                    "in the LLA's 2022-2027 strategic plan. The plan raises concern "
                    "about violent crime linked to substance misuse, trafficking and "
                    "poverty, and about exclusion, which falls hardest on "
                    "disadvantaged children. Planned actions include curriculum "
                    "resources for peace building, training, and targeted "
                    "multi-agency programmes for vulnerable communities and young "
                    "people. Related work in the alliance includes the Restore "
                    "provision, which supports up to 16 pupils at a time who are at "
                    "risk of exclusion.</p>"
                ),
            },
        ],
        "leads": [],
        "organisations": [],
        "programmes": [],
        "keywords": (
            "anti-exclusion exclusion youth violence anti-violence peace education "
            "community safety restorative Restore"
        ),
    },
    {
        "slug": "community-cohesion",
        "title": "Community cohesion network",
        "area": "inclusion",
        "status": "forming",
        "meeting_rhythm": "To be confirmed",
        "summary": (
            "A network on community cohesion, reflecting the LLA's commitment to "
            "peace, cohesion and positive community action across Leeds."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "About the network", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Community cohesion is one of the LLA's listed networks. Its "
                    "lead and meeting pattern are still to be "
                    "confirmed.</p><p>Cohesion runs through the alliance's founding "
                    "commitments. The trust's principles commit members to answer to "
                    "their neighbourhoods and to Leeds as a whole for cohesion and "
                    "for giving people ways to take part, and the LLA's values name "
                    "peace and cohesion alongside social justice and opportunity. The "
                    "strategic plan's priority on peace education and community "
                    "safety aims to help leaders and communities build positive "
                    "peace, encourage cohesion and community action, and reduce "
                    "violence and conflict.</p>"
                ),
            },
        ],
        "leads": [],
        "organisations": [],
        "programmes": [],
        "keywords": "cohesion community peace communities social justice",
    },
    # Merges the 'Centre for Inclusive Practice' list entry with the annual
    # report's working group of the same name. Status is 'active' because
    # the annual report describes partners designing it and already sharing
    # practice.
    {
        "slug": "centre-for-inclusive-practice",
        "title": "Centre for Inclusive Practice",
        "area": "inclusion",
        "status": "active",
        "meeting_rhythm": "To be confirmed",
        "summary": (
            "Leeds Trinity University, Carr Manor Community School and other partners "
            "are designing an LLA centre to research, train in and spread inclusive "
            "practice that improves outcomes for children and families."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "About the centre", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Inclusion has been at the core of the LLA from the outset. "
                    "The Centre for Inclusive Practice is meant to draw together "
                    "expertise and experience from Leeds and from regional, national "
                    "and international partners. Leeds Trinity University, Carr Manor "
                    "Community School and other organisations inside and outside the "
                    "alliance are working out its shape and remit.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Partners already share practice and train one another "
                    "in:</p><ul><li>inclusive and ethical "
                    "leadership</li><li>inclusive school practice</li><li>restorative "
                    "practice</li><li>relational and behaviour practice</li><li>Peace "
                    "Education</li><li>coaching and character "
                    "development</li><li>teaching and "
                    "learning</li><li>safeguarding</li></ul>"
                ),
            },
            {"type": "heading", "value": {"text": "Aims", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The overall aim is to develop and put in place inclusive "
                    "practice that leads to better results for children, young people "
                    "and their families. Proposed objectives, still to be agreed by "
                    "partners, are to:</p><ul><li>raise the quality and reach of "
                    "inclusive provision</li><li>put evaluation and research models "
                    "in place and make them routine</li><li>design inclusive ways of "
                    "implementing practice and measuring its impact</li><li>work out "
                    "approaches to organisational change</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "How it could work", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Options range from a virtual team gathered around projects, "
                    "through a formal structure with agreed roles and meetings, to a "
                    "place-based organisation with its own premises. Its work could "
                    "look inward to member organisations or outward to others, "
                    "locally, regionally, nationally or internationally. Once "
                    "running, it is expected to offer research and development, "
                    "training, implementation support, impact evaluation and networks "
                    "for inclusive practice.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Research partnership", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The centre works alongside the Research Centre for Inclusion, "
                    "Diversity and Social Justice (CIDSJ) at Leeds Trinity "
                    "University, which will carry out evidence-based research on "
                    "priorities the LLA identifies. CIDSJ links to the Northern "
                    "Critical Diversity Network, a regional group of universities "
                    "that includes Leeds Beckett University.</p>"
                ),
            },
        ],
        # The seeds name no lead or contact for the centre.
        "leads": [],
        "organisations": [
            "leeds-trinity-university",
            "carr-manor-community-school",
        ],
        "programmes": [
            {
                "name": (
                    "Research Centre for Inclusion, Diversity and Social Justice "
                    "(CIDSJ)"
                ),
                "description": (
                    "A Leeds Trinity University research centre that works directly "
                    "with the Centre for Inclusive Practice on LLA priorities."
                ),
            },
            {
                "name": "Northern Critical Diversity Network",
                "description": (
                    "A regional network of universities that CIDSJ links into, "
                    "including Leeds Trinity University and Leeds Beckett University."
                ),
            },
        ],
        "keywords": (
            "inclusion inclusive practice restorative relational behaviour Peace "
            "Education coaching character development safeguarding ethical leadership "
            "research CIDSJ exclusion"
        ),
    },
    # Merges the 'Climate Crisis (Eco/Sustainability)' list entry with the
    # 'Sustainability, Global Learning & Climate Change' report: same subject.
    {
        "slug": "sustainability-and-climate",
        "title": "Sustainability, global learning and climate change network",
        "area": "climate",
        "status": "active",
        "meeting_rhythm": "To be confirmed",
        "summary": (
            "Gives the alliance one voice on climate change and sustainability, "
            "building the knowledge of leaders, teachers and learners and pressing "
            "for action on the climate crisis in education."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "Why the network exists", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Member organisations wanted a joined-up, shared response to "
                    "climate change and sustainability, so that the alliance could "
                    "speak as one and show that the city wants action. Listed among "
                    "the LLA networks as Climate Crisis (Eco/Sustainability), the "
                    "group is at an early stage. It builds on earlier LLA work, draws "
                    "on the expertise of Global Learning Leeds (formerly LeedsDEC) "
                    "and Climate Adapted Pathways for Education (CAPE), and aims to "
                    "involve organisations from right across the alliance.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Its priorities are still being refined, but the network is "
                    "committed to improving:</p><ul><li>the engagement of school "
                    "leaders and governors, building the knowledge and skills leaders "
                    "need to champion sustainability across the "
                    "system</li><li>teachers' subject knowledge</li><li>children's "
                    "and young people's understanding</li></ul>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>It gathers and shares good resources to support this work. In "
                    "the longer term it intends to influence policy, advocate and "
                    "lobby so that politicians locally and nationally engage with "
                    "these issues and treat them as a priority for education.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Direction", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>A strategic plan is being drafted. It will cover agreed "
                    "language, Green Skills, sustainability in management and "
                    "leadership, and a Global Learning Curriculum to help settings "
                    "build these themes into the curriculum they already "
                    "teach.</p><p>The network wants to become a model of excellence "
                    "for sustainability education across the city, where "
                    "sustainability sits at the heart of learning rather than being "
                    "bolted on. By working with businesses, community organisations "
                    "and local authorities, the network hopes to connect education "
                    "with industry so that young people gain the Green Skills they "
                    "will need. It also plans events to build the confidence and "
                    "capability of educators and leaders.</p><p>The network is led by "
                    "Professor Leigh Hoath, Deputy Dean of the School of Education at "
                    "Leeds Trinity University.</p>"
                ),
            },
        ],
        "leads": [
            {"person": "leigh-hoath", "role": "Network lead"},
        ],
        "organisations": [
            "leeds-trinity-university",
        ],
        "programmes": [
            {
                "name": "Global Learning Curriculum",
                "description": (
                    "A planned curriculum approach to help schools and colleges weave "
                    "sustainability and global learning into their existing curricula."
                ),
            },
            {
                "name": "Climate Adapted Pathways for Education (CAPE)",
                "description": (
                    "An initiative whose expertise the network draws on, together "
                    "with Global Learning Leeds."
                ),
            },
        ],
        "keywords": (
            "climate change crisis eco sustainability sustainable environment global "
            "learning green skills curriculum LeedsDEC CAPE carbon footprint"
        ),
    },
    # Merges the 'Recruitment and Development (Supply Pool)' list entry with
    # the annual report's Workforce Development group: both deal with
    # recruiting and developing staff. A judgement call; the seeds do not say
    # they are the same, and they say nothing specific about the supply pool.
    {
        "slug": "recruitment-and-development",
        "title": "Recruitment and development network",
        "area": "workforce",
        "status": "active",
        "meeting_rhythm": "To be confirmed",
        "summary": (
            "Works on recruiting, developing and keeping staff across the alliance, "
            "from routes into teaching and a supply pool to staff wellbeing and "
            "shared professional development."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "About the network", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>This page brings together the network listed as Recruitment "
                    "and Development (Supply Pool) and the earlier work of the LLA "
                    "Workforce Development group. The alliance has recognised serious "
                    "recruitment and retention pressures in parts of its members' "
                    "workforces, and leadership that does not yet reflect the "
                    "diversity of the communities it serves.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Routes into teaching", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The group has looked at how the LLA can influence the ways "
                    "into, and openings within, initial teacher training (ITT). A "
                    "one-stop portal on the LLA website was being built to explain "
                    "the different ways into teaching that member organisations offer "
                    "or support. It is also meant to back the alliance's drive for a "
                    "more diverse school workforce, through work with particular "
                    "communities and events that encourage a wider range of people to "
                    "train to teach.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wellbeing", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>For staff, the group has trialled and reviewed a range of "
                    "products, services and approaches that members might buy "
                    "together as part of a shared LLA Wellbeing Strategy. For "
                    "learners, planned projects link up with agencies across Leeds on "
                    "mental health and wellbeing, including work connected with the "
                    "Leeds 2023 Year of Culture.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Shared professional development", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Member organisations already offer wide-ranging training. The "
                    "group has audited what is available, strengthened links between "
                    "organisations and worked to open up good practice to everyone in "
                    "the LLA. It has also spotted gaps, with plans for accredited "
                    "courses for non-teaching staff in schools and "
                    "colleges.</p><p>The first cohort of the Post-Graduate "
                    "Certificate in Inclusive Leadership gave very positive feedback, "
                    "valuing the chance to engage with current research on inclusive "
                    "leadership, and a second cohort was due to start.</p>"
                ),
            },
        ],
        # The seeds name no lead or contact for this network or for the
        # Workforce Development group.
        "leads": [],
        # The seeds name no specific organisations for this work.
        "organisations": [],
        "programmes": [
            {
                "name": "Post-Graduate Certificate in Inclusive Leadership",
                "description": (
                    "A postgraduate course on inclusive leadership for staff across "
                    "the alliance; its first cohort was very positive and a second "
                    "was due to begin."
                ),
            },
            {
                "name": "LLA Wellbeing Strategy",
                "description": (
                    "A shared approach to staff wellbeing, including products and "
                    "services that members might buy collectively."
                ),
            },
        ],
        "keywords": (
            "workforce development recruitment retention supply pool ITT initial "
            "teacher training routes into teaching wellbeing mental health CPD "
            "professional development non-teaching staff diversity"
        ),
    },
]
