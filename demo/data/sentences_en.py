"""English for the 例文 flows (``demo/data/sentences.py``): the questions and choices a person reads
under /en/. The phrases the sentences are built from, and the sentences, stay Japanese — the draft
goes into a Japanese form (#13 item 7). Keys follow the flows: slug → title, intro and, per question
key, its text, optional help text and the label of each choice."""

FLOWS_EN = {
    "job-duties": {
        "title": "Example sentences for “Duties”",
        "intro": (
            "Answer four questions to draft the text for “Duties” on Form 2. The draft is in Japanese, as the "
            "form is; rewrite it freely to fit your own work."
        ),
        "questions": {
            "workplace": ("Where did you mainly work?", {
                "store": "A shop (retail, restaurant, etc.)", "office": "An office",
                "care": "A care or welfare facility", "factory": "A factory or production site",
                "logistics": "A warehouse or logistics centre"}),
            "position": ("In what position did you work?", {
                "staff": "Staff member", "leader": "Team leader or supervisor", "manager": "Manager"}),
            "tasks": ("Choose the work you mainly did (up to 3)", {
                "customer": "Serving customers or users", "documents": "Preparing and managing documents and data",
                "stock": "Managing stock of goods and materials", "training": "Training new staff",
                "planning": "Planning work and making shift rotas"},
                "The sentence follows the order of the list, not the order you choose."),
            "achievement": ("Is there something close to what you improved at work?", {
                "faster": "I reviewed the procedure and shortened the working time",
                "manual": "I wrote a manual that made handovers easier",
                "feedback": "I improved the service using customers' comments", "none": "Nothing in particular"}),
        },
    },
    "future-work": {
        "title": "Example sentences for “Work and ways of working you want in future”",
        "intro": (
            "Answer four questions to draft the text for “Work and ways of working you want in future” on "
            "Form 1. The draft is in Japanese, as the form is; rewrite it freely in your own words."
        ),
        "questions": {
            "field": ("Which field do you want to work in?", {
                "care": "Care and welfare", "it": "IT", "making": "Manufacturing", "sales": "Sales and services",
                "office": "Office work"}),
            "how": ("How do you want to work in that field?", {
                "people": "I want work in direct contact with people",
                "expertise": "I want to use specialist knowledge or skills",
                "lead": "I want to gain experience and lead a team", "new": "I want to take on new things"}),
            "timeline": ("By when do you want to achieve it?", {
                "soon": "Within a year", "three": "Within three years", "five": "Over about five years"}),
            "style": ("Which is closest to how you want to work?", {
                "stable": "As a full-time employee, for a long time", "balance": "Balancing work with family",
                "remote": "Including working from home", "local": "In the area I know well"}),
        },
    },
    "values-interests": {
        "title": "Example sentences for “Values, interests and concerns”",
        "intro": (
            "Answer four questions to draft the text for “Values, interests and concerns” on Form 1. The draft "
            "is in Japanese, as the form is; rewrite it freely in your own words."
        ),
        "questions": {
            "value": ("What matters most to you in work and life?", {
                "helping": "Being useful to others", "family": "Time with my family",
                "growth": "Continuing to learn new things", "stability": "A stable life",
                "team": "Achieving results together with colleagues"}),
            "reason": ("Is there something close to what made you think so?", {
                "thanks": "Being thanked at work", "family": "Caring for family or raising children",
                "study": "Studying at school or for a qualification",
                "change": "A change of job, a move or another change", "none": "Nothing in particular"}),
            "interest": ("Choose what you are interested in (up to 2)", {
                "making": "Making things", "digital": "IT and digital technology", "health": "Health and welfare",
                "community": "Community activities", "food": "Food and cooking"}),
            "wish": ("How do you want to use that interest?", {
                "job": "Make it my work", "learn": "Learn more about it", "hobby": "Keep it as a hobby"}),
        },
    },
    "strengths": {
        "title": "Example sentences for “Strengths”",
        "intro": (
            "Answer four questions to draft the text for “Strengths” on Form 1: both your strengths and how you "
            "deal with a weakness. The draft is in Japanese, as the form is."
        ),
        "questions": {
            "strength": ("Which is closest to your strength?", {
                "persistence": "Persistence", "listening": "Listening carefully to others",
                "planning": "Working to a plan", "teamwork": "Cooperating with others",
                "challenge": "Taking on new things"}),
            "scene": ("Which is closest to a time you showed that strength?", {
                "busy": "I finished the work even in a busy period",
                "customer": "I met a customer's or someone's request", "team": "We reached a goal as a team",
                "new": "I quickly learned work that was new to me"}),
            "weakness": ("Is there something close to what you feel is a weakness?", {
                "careful": "Being too cautious", "alone": "Tending to carry things alone",
                "speaking": "Finding it hard to speak in front of many people", "none": "Nothing in particular"}),
            "coping": ("Which is closest to what you usually keep in mind?", {
                "consult": "Consulting others early", "list": "Writing down tasks and setting priorities",
                "prepare": "Preparing well before starting"}),
        },
    },
    "next-actions": {
        "title": "Example sentences for “What you will work on next”",
        "intro": (
            "Answer four questions to draft the text for “What you will work on next” on Form 1. You can also "
            "write about life outside work. The draft is in Japanese, as the form is."
        ),
        "questions": {
            "skill": ("What knowledge or skills do you want to gain?", {
                "pc": "Basics of computers and IT", "care": "Specialist knowledge and skills in care",
                "english": "English for work", "accounting": "Bookkeeping and accounting",
                "leadership": "Leading a team"}),
            "timeline": ("By when do you want to gain them?", {
                "half": "Within six months", "year": "Within a year", "longer": "Over two or three years"}),
            "method": ("How will you gain them? (up to 2)", {
                "selfstudy": "Studying with books or a correspondence course",
                "training": "Taking vocational training", "exam": "Taking a qualification exam",
                "ojt": "Learning from senior colleagues at work", "online": "Using online courses"}),
            "life": ("Is there something outside work you want to value?", {
                "health": "Staying healthy", "family": "Time with my family", "community": "Community activities",
                "none": "Nothing in particular"}),
        },
    },
    "school-activities": {
        "title": "Example sentences for “What you did at school and outside it”",
        "intro": (
            "Answer four questions to draft the text for “What you did at school and outside it” on Form 1-2. "
            "The draft is in Japanese, as the form is; rewrite it freely to fit your own experience."
        ),
        "questions": {
            "activity": ("What did you put effort into at school or outside it?", {
                "study": "Research in classes or a seminar", "club": "Club or circle activities",
                "volunteer": "Volunteering", "intern": "An internship", "parttime": "A part-time job"}),
            "role": ("What role did you take in it?", {
                "leader": "I led the group as its leader", "planner": "I was in charge of planning and preparation",
                "support": "I supported the people around me", "member": "I took an active part as a member"}),
            "effort": ("Which is closest to what you worked hard at or improved?", {
                "routine": "I set a goal and kept at it steadily",
                "talk": "I moved things forward by exchanging views with others",
                "improve": "I reviewed how we did things and improved them"}),
            "learned": ("What did you gain from the experience?", {
                "through": "Seeing things through to the end",
                "empathy": "Thinking from the other person's point of view",
                "plan": "Making a plan and following it"}),
        },
    },
}
