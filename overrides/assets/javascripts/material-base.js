// Material for MkDocs 9.8's inline helpers (partials/javascripts/base.html), in a file so that the
// site's Content-Security-Policy allows scripts from the site only. One change: Material writes the
// site root into the page ("{{ base_url }}"); this file lives at <root>/assets/javascripts/ and
// takes the root from its own address. Keep in step with Material when upgrading it.
__md_scope=new URL("../..",document.currentScript.src),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}
