"""Site content for the Leeds Learning Alliance website.

The text here is written in our own words from the Leeds Learning Alliance's
public material: its 2020/21 annual report (including the strategic plan for
2022-2027 and the memorandum of understanding), its trust principles and aims
page, a short published profile of the alliance and its networks pages.

It is plain Python data, with no Django imports, so that a management command
or data migration can load it into Wagtail pages. Editors can change any of it
afterwards in the Wagtail admin.

HOME holds the home page's fields. PAGES lists the standard pages that sit
below the home page, in menu order, each with its own list of children. A
page's "body" is a list of StreamField blocks (heading, paragraph, quote and
call_to_action); a call to action and a featured slot point at a page by its
URL path.
"""

HOME = {
    "title": "Leeds Learning Alliance",
    "seo_title": "Leeds Learning Alliance: working together for learners",
    "search_description": (
        "The Leeds Learning Alliance brings schools, colleges, universities, the "
        "council and charities together to improve education in Leeds."
    ),
    "hero_heading": "Working together for every learner in Leeds",
    "hero_text": (
        "We are a partnership of schools, colleges, universities, Leeds City Council "
        "and community organisations. Since 2019 we have pooled our expertise so that "
        "children and young people across the city can thrive."
    ),
    "networks_intro": (
        "Our networks bring leaders and staff from every phase of education "
        "together around shared priorities, from closing the gaps for vulnerable "
        "learners to careers, climate and digital skills. Choose an area to see "
        "what each network does, who leads it and when it meets."
    ),
    "join_intro": (
        "Anyone who works in education in Leeds, or with one of our partners, can "
        "ask to join a network. Tell us which networks interest you and a little "
        "about your role: we pass your request to each network's lead, who will "
        "reply to you by email."
    ),
    "intro_heading": "A network of networks",
    "intro": (
        "<p>The Leeds Learning Alliance is not one organisation working on its own. It "
        "is a web of links between people and organisations across the city, and what "
        "matters most is not any single member but the relationships between them and "
        "what those links make possible. Our networks grow and change shape as those "
        "relationships develop.</p>"
        "<p>Most of our networks have taken shape in three stages:</p>"
        "<ul>"
        "<li><b>Connection</b>: partners get to know each other, often at events such "
        "as our Leaders' Breakfasts, and discover the interests they have in "
        "common.</li>"
        "<li><b>Sense-making</b>: through activities like roundtable discussions, they "
        "build up shared knowledge and agree what they want to achieve.</li>"
        "<li><b>Sustained action</b>: a facilitator keeps the work going, so that the "
        "group's activity stays focused on the goals it has set.</li>"
        "</ul>"
        "<p>Today our networks bring together leaders from primary, secondary, further "
        "and higher education, along with colleagues working on inclusion, equity, "
        "careers, climate and digital skills.</p>"
    ),
    "featured": [
        {
            "path": "/about/",
            "heading": "About the alliance",
            "text": (
                "Find out who we are, why leaders in Leeds came together in 2019 and "
                "what we do."
            ),
        },
        {
            "path": "/about/aims-and-values/",
            "heading": "Our aims and values",
            "text": (
                "Read about the commitment to inclusion, collaboration and ambition "
                "that guides all of our work."
            ),
        },
        {
            "path": "/about/governance/",
            "heading": "How we are governed",
            "text": (
                "See how the trust works, what partners sign up to and where our "
                "strategic plan is taking us."
            ),
        },
        {
            "path": "/networks/",
            "heading": "Our networks",
            "text": (
                "Explore the networks where leaders and staff share ideas and work on "
                "common priorities, and find out how to join one."
            ),
        },
    ],
}

PAGES = [
    {
        "slug": "about",
        "title": "About the alliance",
        "search_description": (
            "Learn about the Leeds Learning Alliance: a partnership formed in 2019 to "
            "improve education in Leeds, who belongs to it and what it does."
        ),
        "intro": (
            "The Leeds Learning Alliance brings together education, public, private "
            "and voluntary organisations with one shared goal: better education and "
            "brighter prospects for learners across Leeds."
        ),
        "show_in_menus": True,
        "body": [
            {"type": "heading", "value": {"text": "Who we are", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The Leeds Learning Alliance is a partnership of organisations, "
                    "set up as a charitable trust towards the end of 2019 by a group "
                    "of Leeds leaders who wanted to lift the quality of education "
                    "across the city. What makes it unusual in the UK is the mix of "
                    "people around the table: alongside schools, colleges and "
                    "universities, it draws in organisations from the public, private "
                    "and voluntary sectors to find out what a genuine partnership can "
                    "achieve.</p>"
                    "<p>Between them, our member organisations work with more than "
                    "70,000 learners of every age, from the early years right through "
                    "to adult education.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Why the alliance was formed", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Our founding partners could see that many children in Leeds "
                    "faced real challenges. In some communities, families kept running "
                    "into the very same difficulties, and their children kept getting "
                    "poor results, year after year, even though a number of "
                    "intervention programmes had been tried. The city's workforce did "
                    "not reflect the diversity and talent of the people who live here, "
                    "and not every child was able to share in the opportunities that a "
                    "city like Leeds can offer.</p>"
                    "<p>The gap between the most deprived communities and those facing "
                    "fewer barriers has been growing, and the Covid-19 pandemic made "
                    "it worse. The partners' answer was to bring their combined "
                    "resources to bear and tackle these problems together rather than "
                    "alone.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Who is in the alliance", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The alliance is made up of partners and associates. Its "
                    "membership list for 2021 named 15 organisations, including:</p>"
                    "<ul>"
                    "<li>universities, among them Leeds Trinity University and Leeds "
                    "Beckett University</li>"
                    "<li>colleges, including Leeds City College and Leeds College of "
                    "Building</li>"
                    "<li>primary and secondary schools and academy trusts</li>"
                    "<li>Leeds City Council</li>"
                    "<li>the Leeds Rhinos Foundation and the Leeds United "
                    "Foundation</li>"
                    "<li>Ahead Partnership</li>"
                    "<li>CATCH (Community Action to Create Hope), a community "
                    "organisation that works with young people from a wide range of "
                    "backgrounds</li>"
                    "</ul>"
                    "<p>You can find the full list on the page about how the alliance "
                    "is governed.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "What we do", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Most of our work happens in networks and working groups, where "
                    "leaders and staff from different organisations meet regularly to "
                    "share what works and to tackle priorities they have in common. "
                    "There are networks for primary, secondary, further and higher "
                    "education leaders, and others on special educational needs, "
                    "inclusion, equity and community safety, careers guidance, climate "
                    "and sustainability, and digital skills.</p>"
                    "<p>Working groups have focused on routes into public service and "
                    "digital careers, developing the education workforce, a Centre for "
                    "Inclusive Practice, and anti-racism. Practical work that has "
                    "grown out of this includes:</p>"
                    "<ul>"
                    "<li><b>Restore</b>, a provision for up to 16 pupils at once who "
                    "might otherwise be excluded, which aims to help them return to "
                    "mainstream school. Carr Manor Community School provides the staff "
                    "team, and the provision is based at the CATCH community "
                    "centre.</li>"
                    "<li><b>Pathfinders</b>, developed with the police, fire and "
                    "ambulance services and the armed forces, which helps young women "
                    "and young people from ethnic minority backgrounds overcome "
                    "barriers to careers in the uniformed services.</li>"
                    "<li>The <b>Race Equity Leadership Toolkit</b>, which helps "
                    "leaders take an active stand against racism in the way they "
                    "lead.</li>"
                    "<li>The <b>Primary Offer</b>, a programme of professional "
                    "development for staff in member primary schools.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "How our networks grow", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>We think of the alliance as a network of networks. Each one "
                    "has usually developed in three phases. First comes "
                    "<b>connection</b>, when partners meet (at a Leaders' Breakfast, "
                    "for example) and spot shared interests. Next is "
                    "<b>sense-making</b>, when roundtables and similar activities help "
                    "them build knowledge together and agree their goals. Finally "
                    "there is <b>sustained action</b>, when a facilitator steers the "
                    "ongoing work towards those goals.</p>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Get involved with a network",
                    "text": (
                        "Whether you lead a school or work in a college, university or "
                        "community organisation, there may be a network for you."
                    ),
                    "link_text": "Explore our networks",
                    "path": "/networks/",
                },
            },
        ],
        "children": [
            {
                "slug": "aims-and-values",
                "title": "Aims and values",
                "search_description": (
                    "The values and aims that guide the Leeds Learning Alliance: "
                    "inclusion, collaboration and ambition for every learner in Leeds."
                ),
                "intro": (
                    "Everything the alliance does is shaped by values its members "
                    "share and a clear sense of what they want to achieve for learners "
                    "across Leeds."
                ),
                "show_in_menus": True,
                "body": [
                    {"type": "heading", "value": {"text": "Our vision", "size": "h2"}},
                    {
                        "type": "quote",
                        "value": {
                            "text": "Inclusive, collaborative, ambitious",
                            "attribution": "Leeds Learning Alliance",
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Our partners see themselves as a community of Leeds "
                            "organisations that deliver or back education and share a "
                            "common ethos. Together, they want learners of all ages, "
                            "and their families, to grow in success, health and "
                            "confidence throughout their lives.</p>"
                            "<p>They believe in working together with respect, in "
                            "restorative practice and in inclusive education. By "
                            "drawing on the resources of every partner, they aim to "
                            "give learners ambitious learning, strong achievement, "
                            "relationships that build people up, and fair access for "
                            "all.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "What we value", "size": "h2"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The alliance rests on values that all its members "
                            "share. In short, partners commit to:</p>"
                            "<ul>"
                            "<li>respecting one another, without conditions</li>"
                            "<li>welcoming and keeping learners through inclusive "
                            "admissions and retention</li>"
                            "<li>a culture that both supports and stretches people: "
                            "sharing new ideas, helping staff improve their own "
                            "practice and being generous towards partners</li>"
                            "<li>making learning and community the focus of everything "
                            "they do</li>"
                            "<li>a wide, well-rounded curriculum that is relevant to "
                            "every child</li>"
                            "<li>everyone taking ownership of their own "
                            "development</li>"
                            "<li>good information, advice and guidance for learners at "
                            "every stage of their education</li>"
                            "<li>opening up more of the city's many learning "
                            "opportunities to more people</li>"
                            "<li>sharing facilities with the community, and "
                            "encouraging families to learn together and live "
                            "healthily</li>"
                            "<li>being accountable to the people of Leeds and their "
                            "neighbourhoods, and helping communities to pull together "
                            "and get involved</li>"
                            "<li>respecting the beliefs and values of every family, "
                            "and the part families play in their children's "
                            "learning</li>"
                            "<li>respecting each member organisation's own identity "
                            "and independence</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "What we aim to achieve", "size": "h2"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Our overall aim is to help every learner in Leeds do "
                            "better in education, with partners working together in "
                            "support of the city's inclusive growth strategy. Schools, "
                            "colleges and universities cannot undo deep-rooted social "
                            "and economic inequality on their own. Working as one "
                            "system with employers, health services, the police, the "
                            "council, cultural and sporting organisations and the "
                            "voluntary sector, they can make a real difference. That "
                            "means improving:</p>"
                            "<ul>"
                            "<li>the education and skills on offer</li>"
                            "<li>routes into work</li>"
                            "<li>support for mental health and wellbeing</li>"
                            "<li>community services and programmes</li>"
                            "</ul>"
                            "<p>Partners have also agreed to raise outcomes for every "
                            "child, young person and family, whatever their needs or "
                            "background; to keep developing inclusive, restorative "
                            "ways of leading, managing and working with people; and to "
                            "explore peace education as a route to learning and "
                            "wellbeing that is fair and works for everyone.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {
                            "text": "What members gain from the trust",
                            "size": "h3",
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The trust sets out to give every member high "
                            "expectations matched by strong support, as part of a "
                            "partnership that keeps on improving. That includes:</p>"
                            "<ul>"
                            "<li>robust checks on quality</li>"
                            "<li>teaching, learning and professional development of a "
                            "high standard</li>"
                            "<li>practice that is informed by research</li>"
                            "<li>helping as many people as possible to take part in "
                            "learning</li>"
                            "<li>making good use of money and resources, including "
                            "buying services together, pooling resources and running "
                            "joint projects</li>"
                            "<li>encouraging healthy ways of living</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "type": "call_to_action",
                        "value": {
                            "heading": "Find out how the alliance is run",
                            "text": (
                                "Read about the trust, the memorandum of understanding "
                                "that partners sign and our strategic plan for 2022 to "
                                "2027."
                            ),
                            "link_text": "How the alliance is governed",
                            "path": "/about/governance/",
                        },
                    },
                ],
                "children": [],
            },
            {
                "slug": "governance",
                "title": "How the alliance is governed",
                "search_description": (
                    "How the Leeds Learning Alliance is run: the charitable trust, the "
                    "memorandum of understanding, its members and the plan for 2022 to "
                    "2027."
                ),
                "intro": (
                    "The alliance is a charitable trust held together by a shared "
                    "memorandum of understanding. This page explains how it works and "
                    "who is involved."
                ),
                "show_in_menus": True,
                "body": [
                    {"type": "heading", "value": {"text": "The trust", "size": "h2"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The Leeds Learning Alliance is a charitable trust. It "
                            "is also a company limited by guarantee, so it has no "
                            "share capital, and its trustees are also its directors. "
                            "Some member schools have chosen the alliance as their "
                            "foundation trust, while others belong to a multi-academy "
                            "trust or have a foundation of their own.</p>"
                            "<p>At the time of its 2020/21 annual report, the alliance "
                            "had an independent chair, Paul Brennan, and a chief "
                            "executive, Simon Flowers. That year the governance "
                            "arrangements were reviewed to keep pace with the "
                            "alliance's growth, and a new structure approved by the "
                            "trustees came into effect during the spring term of "
                            "2022.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {
                            "text": "The memorandum of understanding",
                            "size": "h2",
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A memorandum of understanding (MoU) links every member "
                            "organisation to the others. It describes how partners and "
                            "associates cooperate to build up, strengthen and widen "
                            "education in Leeds, raise standards and give staff "
                            "chances to develop.</p>"
                            "<p>The MoU is not a legally binding contract. It is "
                            "reviewed every year, no partner takes on liability for "
                            "another's affairs, and members stay free to work with "
                            "other institutions. Partners keep their own identities "
                            "and independence. The alliance does not act as a "
                            "regulator: it works on trust, does not inspect or audit "
                            "its members, and will only step in at a school if that "
                            "school asks it to.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "What partners agree to", "size": "h3"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>When they sign up, partners commit to:</p>"
                            "<ul>"
                            "<li>the alliance's mission, principles, values and aims, "
                            "and to promoting those values through everyone in their "
                            "organisation</li>"
                            "<li>the trust's Articles of Association when they join, "
                            "and its agreed process if they leave</li>"
                            "<li>getting the backing of their own governing body or "
                            "trust board</li>"
                            "<li>not joining any trust or multi-academy trust that "
                            "grows out of this collaboration without first going back "
                            "to their boards</li>"
                            "<li>sharing information that comes to them through the "
                            "partnership only when all partners agree</li>"
                            "<li>inviting new institutions to sign up only with the "
                            "agreement of every existing partner</li>"
                            "</ul>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Our members", "size": "h2"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The alliance's membership list for 2021, which covers "
                            "both partners and associates, named these 15 "
                            "organisations:</p>"
                            "<ul>"
                            "<li>Ahead Partnership</li>"
                            "<li>Bankside Primary School</li>"
                            "<li>Carr Manor Community School</li>"
                            "<li>CATCH (Community Action to Create Hope)</li>"
                            "<li>Chapel Allerton Primary School</li>"
                            "<li>Leeds Beckett University</li>"
                            "<li>Leeds City College</li>"
                            "<li>Leeds City Council</li>"
                            "<li>Leeds College of Building</li>"
                            "<li>Leeds Rhinos Foundation</li>"
                            "<li>Leeds Trinity University</li>"
                            "<li>Leeds United Foundation</li>"
                            "<li>Wellspring Academy Trust</li>"
                            "<li>Wetherby High School</li>"
                            "<li>White Rose Academies Trust</li>"
                            "</ul>"
                            "<p>The trust's principles and aims page also lists seven "
                            "supporting organisations: Leeds Trinity University, Leeds "
                            "College of Building, Leeds Rhinos Foundation, Leeds City "
                            "Council, Bankside Primary School, Carr Manor Community "
                            "School and Wetherby High School.</p>"
                            "<p>The alliance wants to grow at both partner and "
                            "associate level, and welcomes interest from education "
                            "organisations of every phase, from arts and culture, the "
                            "third sector, health and business.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {
                            "text": "Our strategic plan, 2022 to 2027",
                            "size": "h2",
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Our five-year plan was shaped at a strategy workshop "
                            "hosted by the Leeds Rhinos Foundation in September 2021. "
                            "It is built around three strategic objectives:</p>"
                            "<ul>"
                            "<li><b>Achievement</b>: narrowing the differences in what "
                            "learners achieve</li>"
                            "<li><b>Health</b>: reducing inequalities in health</li>"
                            "<li><b>Employment</b>: opening up pathways and "
                            "transitions for everyone</li>"
                            "</ul>"
                            "<p>Ten delivery priorities, each led by a different "
                            "partner, turn these objectives into joint work: "
                            "leadership; diversity; inclusive and restorative "
                            "practice; workforce development; health and wellbeing; "
                            "curriculum and teaching; climate change; peace education "
                            "and community safety; pathways and employability; and "
                            "digital technology.</p>"
                            "<p>Alongside these, the chief executive leads development "
                            "priorities that make the alliance itself stronger, such "
                            "as research and knowledge exchange, youth and community "
                            "voice, shared services, membership growth and financial "
                            "stability.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Key documents", "size": "h2"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The trust's key documents are its Memorandum of "
                            "Understanding, its Articles of Association and its list "
                            "of directors. If you would like to read them, please get "
                            "in touch.</p>"
                        ),
                    },
                    {
                        "type": "call_to_action",
                        "value": {
                            "heading": "Interested in joining?",
                            "text": (
                                "If your organisation shares our values and would like "
                                "to find out more about becoming a partner or "
                                "associate, we would be glad to hear from you."
                            ),
                            "link_text": "Contact us",
                            "path": "/contact/",
                        },
                    },
                ],
                "children": [],
            },
        ],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "search_description": (
            "How accessible the Leeds Learning Alliance website is, how we test it, "
            "and how to report a problem or ask for information in another format."
        ),
        "intro": (
            "We want everyone who visits this website to be able to use it. This "
            "statement explains how accessible it is and what to do if something does "
            "not work for you."
        ),
        "show_in_menus": False,
        "body": [
            {"type": "heading", "value": {"text": "Using this website", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>This website is run by the Leeds Learning Alliance. We want as "
                    "many people as possible to be able to use it. For example, you "
                    "should be able to:</p>"
                    "<ul>"
                    "<li>use every part of the site with JavaScript switched off</li>"
                    "<li>move around and use menus, links and forms with a keyboard "
                    "alone</li>"
                    "<li>use the skip link at the top of each page to jump straight "
                    "past the navigation to the main content</li>"
                    "</ul>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "How accessible this website is", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    '<p>We aim to meet the <a href="https://www.w3.org/TR/WCAG22/">Web '
                    "Content Accessibility Guidelines (WCAG) version 2.2</a> at level "
                    "AA.</p>"
                    "<p>We check the site with automated tests using the axe-core "
                    "tool, which looks for problems such as missing text descriptions "
                    "and poor colour contrast, and we test it by hand using only a "
                    "keyboard. Automated tools can only find some kinds of problem. We "
                    "have not yet had a full independent audit, or tested the site in "
                    "depth with screen readers and other assistive technology, so some "
                    "issues may remain.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Content that may not be fully accessible",
                    "size": "h3",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Our editors add and update content over time. Some of it may "
                    "not always meet the standard. For example, an image might lack a "
                    "useful description, or an uploaded document might not work well "
                    "with a screen reader. If you come across anything like this, "
                    "please let us know.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Reporting a problem or asking for another format",
                    "size": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>If you have difficulty using any part of this website, or you "
                    "need information in a different format such as large print, easy "
                    "read or audio, please tell us using the form on our contact "
                    "page, choosing a general question.</p>"
                    "<p>It helps if you tell us the web address of the page, what went "
                    "wrong, and the device and software you were using. We aim to "
                    "reply within 10 working days.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Enforcement procedure", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    '<p>The <a href="https://www.equalityhumanrights.com/">Equality '
                    "and Human Rights Commission (EHRC)</a> enforces equality law in "
                    "Great Britain, including the Equality Act 2010 and the Public "
                    "Sector Bodies (Websites and Mobile Applications) (No. 2) "
                    "Accessibility Regulations 2018.</p>"
                    "<p>If you contact us with a complaint and you are not happy with "
                    "how we respond, you can contact the <a "
                    'href="https://www.equalityadvisoryservice.com/">Equality Advisory '
                    "and Support Service (EASS)</a>.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Preparation of this statement", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>This statement was prepared on 23 November 2026. It is based "
                    "on automated testing with axe-core and manual keyboard testing "
                    "carried out by the team that built the site. We will review it "
                    "when we make significant changes to the website.</p>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Tell us about a problem",
                    "text": (
                        "If something on this website is hard to use, please let us "
                        "know so that we can put it right."
                    ),
                    "link_text": "Contact us",
                    "path": "/contact/",
                },
            },
        ],
        "children": [],
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "search_description": (
            "How the Leeds Learning Alliance collects, uses and protects the personal "
            "information sent through this website, and how to use your rights."
        ),
        "intro": (
            "This notice explains what personal information we collect through this "
            "website, why we collect it, how long we keep it and the rights you have."
        ),
        "show_in_menus": False,
        "body": [
            {"type": "heading", "value": {"text": "Who we are", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The data controller for this website is the Leeds Learning "
                    "Alliance, a charitable trust. This means we decide how and why "
                    "your personal information is used. If you have any questions "
                    "about this notice or your information, write to us through the "
                    "form on our contact page.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "What we collect", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>We collect only what we need to run the website and answer "
                    "you:</p>"
                    "<ul>"
                    "<li><b>Enquiries and requests to join a network.</b> When you use "
                    "our contact form, we collect your name, email address, "
                    "organisation, role and message, and the networks you choose.</li>"
                    "<li><b>Member accounts.</b> If you have an account for the "
                    "members' area, we hold your name, email address and sign-in "
                    "details. Passwords are stored only in a scrambled (hashed) form, "
                    "so we cannot read them.</li>"
                    "<li><b>Server logs.</b> Like most websites, our server "
                    "automatically records technical details when a page is requested, "
                    "such as your IP address, the date and time, the page asked for "
                    "and your browser type.</li>"
                    "</ul>"
                ),
            },
            {"type": "heading", "value": {"text": "Cookies", "size": "h3"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>We set only two cookies, and both are strictly necessary for "
                    "the site to work:</p>"
                    "<ul>"
                    "<li>a <b>session cookie</b>, which keeps you signed in as you "
                    "move between pages</li>"
                    "<li>a <b>CSRF cookie</b>, which protects our forms from being "
                    "misused by other websites</li>"
                    "</ul>"
                    "<p>We do not use analytics, advertising or any other third-party "
                    "tracking. Because these two cookies are essential, we do not need "
                    "to ask for your consent to set them. You can block cookies in "
                    "your browser, but the contact form and signing in may then not "
                    "work.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Why we use your information", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<ul>"
                    "<li><b>To answer your enquiry or request to join a network.</b> "
                    "We use your details to reply to you and to pass your request to "
                    "the networks you chose. Our lawful basis is your consent. You can "
                    "withdraw it at any time through our contact page; this "
                    "will not affect anything we did before you withdrew it.</li>"
                    "<li><b>To keep the website secure.</b> We use server logs and the "
                    "CSRF cookie to protect the site from misuse and to fix faults. "
                    "Our lawful basis is our legitimate interest in keeping the site "
                    "and its users safe.</li>"
                    "<li><b>To run member accounts.</b> We use account details to let "
                    "members sign in. Our lawful basis is our legitimate interest in "
                    "providing a members' area for the people who work in our member "
                    "organisations.</li>"
                    "</ul>"
                    "<p>We do not sell your information or use it for marketing.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Who can see your information", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Enquiries and requests to join a network are seen by Leeds "
                    "Learning Alliance staff and by the leads of the networks you "
                    "chose. Network leads usually work for one of our member "
                    "organisations, and they use your details only to respond to you "
                    "about their network.</p>"
                    "<p>The company that hosts our website stores information on our "
                    "behalf, under a contract that does not allow it to use that "
                    "information for anything else. We will not share your information "
                    "with anyone else unless the law requires us to.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "How long we keep it", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<ul>"
                    "<li><b>Enquiries and join requests:</b> the alliance sets a "
                    "retention period for these. We keep them for 24 months unless you "
                    "ask us to delete them sooner, and then we delete them.</li>"
                    "<li><b>Member accounts:</b> for as long as the account is in use. "
                    "We delete an account when it is no longer needed or when you ask "
                    "us to.</li>"
                    "<li><b>Server logs:</b> only for as long as we need them for "
                    "security and fixing faults.</li>"
                    "</ul>"
                ),
            },
            {"type": "heading", "value": {"text": "Your rights", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Under UK data protection law you have the right to:</p>"
                    "<ul>"
                    "<li>ask for a copy of the personal information we hold about "
                    "you</li>"
                    "<li>ask us to correct information that is wrong or incomplete</li>"
                    "<li>ask us to delete your information</li>"
                    "<li>ask us to limit how we use your information</li>"
                    "<li>object to how we use your information</li>"
                    "<li>ask for your information in a form you can take elsewhere</li>"
                    "<li>withdraw your consent at any time, where we rely on it</li>"
                    "</ul>"
                    "<p>To use any of these rights, write to us through the form on "
                    "our contact page. There "
                    "is usually no charge, and we will reply within one month.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Complaints", "size": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>If you are unhappy with how we have handled your information, "
                    "please tell us first so that we can try to put things right. You "
                    "also have the right to complain to the <a "
                    'href="https://ico.org.uk/make-a-complaint/">Information '
                    "Commissioner's Office (ICO)</a>, the UK's independent regulator "
                    "for data protection. Its helpline number is 0303 123 1113.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Changes to this notice", "size": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>We may update this notice from time to time. It was last "
                    "updated on 23 November 2026.</p>"
                ),
            },
        ],
        "children": [],
    },
]
