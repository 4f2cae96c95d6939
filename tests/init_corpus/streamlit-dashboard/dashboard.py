import streamlit as st

st.title('Sales')
